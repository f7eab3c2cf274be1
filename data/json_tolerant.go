package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// flexString is a JSON scalar read as text, whatever its type: exports
// write ids as numbers in one version and strings in the next, and null
// where they mean "". Objects and arrays read as "".
type flexString string

func (f *flexString) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) == 0, b[0] == 'n', b[0] == '{', b[0] == '[':
		*f = ""
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*f = flexString(s)
	default:
		*f = flexString(b) // a number or a boolean, as written
	}
	return nil
}

func (f flexString) String() string { return strings.TrimSpace(string(f)) }

// flexBool is true for true, "true", "yes" and non-zero numbers.
type flexBool bool

func (f *flexBool) UnmarshalJSON(b []byte) error {
	var s flexString
	if err := s.UnmarshalJSON(b); err != nil {
		return err
	}
	switch strings.ToLower(s.String()) {
	case "", "false", "no", "0":
		*f = false
	default:
		n, err := strconv.ParseFloat(s.String(), 64)
		*f = flexBool(err != nil || n != 0)
	}
	return nil
}

// nameRef is a room or track given as its name or as an object with one
// ({"name": …, "slug": …}).
type nameRef struct {
	Name string
	Slug string
}

func (n *nameRef) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '{' {
		var obj struct {
			Name flexString `json:"name"`
			Slug flexString `json:"slug"`
		}
		if err := json.Unmarshal(b, &obj); err != nil {
			return err
		}
		*n = nameRef{Name: obj.Name.String(), Slug: obj.Slug.String()}
		return nil
	}
	var s flexString
	if err := s.UnmarshalJSON(b); err != nil {
		return err
	}
	*n = nameRef{Name: s.String()}
	return nil
}

// orderedObject is a JSON object read with its keys in the order written:
// pretalx keys each day's rooms by name, in the schedule's room order.
type orderedObject[V any] []keyed[V]

type keyed[V any] struct {
	Key   string
	Value V
}

func (o *orderedObject[V]) UnmarshalJSON(b []byte) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		if tok == nil {
			*o = nil
			return nil
		}
		return errors.New("a JSON object keyed by name was expected")
	}
	*o = (*o)[:0]
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		key, _ := tok.(string)
		var v V
		if err := dec.Decode(&v); err != nil {
			return err
		}
		*o = append(*o, keyed[V]{Key: key, Value: v})
	}
	_, err = dec.Token()
	return err
}

// jsonWhy words a decoding error for the one-line message, which must
// stay one clean line whatever bytes the input held.
func jsonWhy(err error) string { return cleanInline(jsonReason(err)) }

func jsonReason(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn) && strings.Contains(syn.Error(), "unexpected end"):
		return "the JSON ends early (truncated?)"
	case errors.As(err, &syn):
		return fmt.Sprintf("broken JSON at byte %d (%v)", syn.Offset, syn)
	case errors.As(err, &typ):
		if typ.Field != "" {
			return fmt.Sprintf("%q holds a JSON %s where the schedule needs something else", typ.Field, typ.Value)
		}
		return fmt.Sprintf("a JSON %s where the schedule needs something else", typ.Value)
	}
	return err.Error()
}
