package export

import (
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/url"
	"strconv"

	"github.com/summit-tui/summit-tui/model"
)

// GiggityBase is where Giggity's share links point; the app opens them
// and imports the selection.
const GiggityBase = "https://ggt.gaa.st/"

// GiggityLink is the link Giggity opens to import sessions of the
// schedule at scheduleURL: url first, as Giggity looks for "&see=", then
// the talks' ids (the source's id, else its key) as a compact JSON array,
// zlib-compressed at level 9 and base64url-encoded without padding.
func GiggityLink(scheduleURL string, sessions []model.Session) (string, error) {
	ids := make([]any, 0, len(sessions))
	for _, s := range sessions {
		ids = append(ids, giggityID(s))
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return "", err
	}
	var packed bytes.Buffer
	z, err := zlib.NewWriterLevel(&packed, zlib.BestCompression)
	if err != nil {
		return "", err
	}
	if _, err := z.Write(list); err != nil {
		return "", err
	}
	if err := z.Close(); err != nil {
		return "", err
	}
	return GiggityBase + "#url=" + url.QueryEscape(scheduleURL) +
		"&see=" + base64.RawURLEncoding.EncodeToString(oneFinalBlock(packed.Bytes(), list)), nil
}

// oneFinalBlock rewrites Go's zlib stream as Java's Deflater (Giggity's)
// writes it: Go ends every stream with an empty stored block, Java marks
// its one block final instead. The link is then the one Giggity makes,
// and shorter. A stream of several blocks, which the rewrite would cut,
// is kept as Go wrote it: it decodes the same.
func oneFinalBlock(stream, plain []byte) []byte {
	const head, tail = 2, 4 // zlib header; Adler-32
	if len(stream) < head+tail+5 {
		return stream
	}
	body := stream[head : len(stream)-tail]
	// The empty stored block: BFINAL 1, BTYPE 00, padding to a byte, then
	// LEN 0000 and NLEN FFFF. Its BFINAL is the last bit set before LEN.
	body, ok := bytes.CutSuffix(body, []byte{0, 0, 0xff, 0xff})
	if !ok {
		return stream
	}
	last := len(body) - 1
	for last >= 0 && body[last] == 0 {
		last--
	}
	if last < 0 {
		return stream
	}
	bit := 7
	for body[last]&(1<<bit) == 0 {
		bit--
	}
	out := append([]byte(nil), stream[:head]...)
	out = append(out, body[:last+1]...)
	if out[len(out)-1] &^= 1 << bit; bit == 0 {
		out = out[:len(out)-1]
	}
	out[head] |= 1 // the first block is the last
	out = append(out, stream[len(stream)-tail:]...)
	if r, err := zlib.NewReader(bytes.NewReader(out)); err == nil {
		if got, err := io.ReadAll(r); err == nil && bytes.Equal(got, plain) {
			return out
		}
	}
	return stream
}

// giggityID is a session's id as Giggity keeps it: a number when it is
// one, else a string.
func giggityID(s model.Session) any {
	id := s.SourceID
	if id == "" {
		id = s.Key
	}
	if n, err := strconv.ParseInt(id, 10, 64); err == nil && strconv.FormatInt(n, 10) == id {
		return json.Number(id)
	}
	return id
}
