package model

import "math"

// Ranking: how matches are scored and ordered.

// kindBonus is what a kind of match adds to its field's weight.
func kindBonus(k matchKind) int {
	switch k {
	case kindExact:
		return bonusExact
	case kindPrefix:
		return bonusPrefix
	}
	return 0
}

// Scores: a field's weight, plus a bonus for a whole word or a prefix
// (a slip adds none), plus one for the first word of a title or name
// ("KSQL in Practice" before "… Kafka Streams DSL and KSQL"). A query's
// score is the sum over its words of each word's best place.
const (
	weightTitle    = 100
	weightSpeakers = 80
	weightDetails  = 60
	weightAbstract = 20
	bonusExact     = 30
	bonusPrefix    = 15
	bonusFirstWord = 10
)

// matchKey orders matches by score (best first), then programme order.
func matchKey(score, item int) uint64 {
	return uint64(math.MaxUint32-uint32(score))<<32 | uint64(uint32(item))
}

// unpackKey reads a matchKey.
func unpackKey(k uint64) (score, item int) {
	return int(math.MaxUint32 - uint32(k>>32)), int(uint32(k))
}
