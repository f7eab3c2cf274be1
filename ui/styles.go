package ui

import (
	"image/color"

	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
)

// ThemeName is the --theme setting.
type ThemeName string

// The themes --theme accepts.
const (
	ThemeAuto  ThemeName = "auto"  // dark until the terminal says it is light
	ThemeDark  ThemeName = "dark"  // always dark
	ThemeLight ThemeName = "light" // always light
	ThemeASCII ThemeName = "ascii" // no colour and ASCII only
)

// PaneLook is how a pane's frame is drawn: the border's shape and the
// style of its lines.
type PaneLook struct {
	Border lipgloss.Border
	Edge   lipgloss.Style
}

// theme is the resolved look: the only input of newStyles.
type theme struct {
	dark  bool // colours for a dark background
	ascii bool // no colour, ASCII only
}

// key names the theme in render-cache keys.
func (t theme) key() string {
	switch {
	case t.ascii:
		return "ascii"
	case t.dark:
		return "dark"
	}
	return "light"
}

// Glyphs are the characters summit-tui draws itself, beyond the page's
// text. The ascii theme has an ASCII-only set.
type Glyphs struct {
	Star     string // a bookmarked talk
	NoStar   string // a removed bookmark
	Bar      string // left of the selected list item
	Sep      string // between the parts of the breadcrumb
	Dot      string // between the parts of a line
	Ellipsis string // where text is cut
	Dash     string // in ranges: "lines 3–10"
	Times    string // in sizes: "40×10"
	Bullet   string // list items in the abstract and the details
	More     [2]string
	// BlockTop starts a talk's block in the timetable grid, BlockSide runs
	// down (or along) its edge, so blocks read apart without colour.
	BlockTop  string
	BlockSide string
	// ASCII: key names are spelled out ("up" for ↑).
	ASCII bool
	Quote [2]string // around a query
}

var unicodeGlyphs = Glyphs{
	Star: "★", NoStar: "☆", Bar: "▌", Sep: " › ", Dot: " · ", Ellipsis: "…", Dash: "–", Times: "×",
	Bullet: "•", More: [2]string{"‹", "›"}, BlockTop: "┌", BlockSide: "│",
	Quote: [2]string{"“", "”"},
}

var asciiGlyphs = Glyphs{
	Star: "*", NoStar: "-", Bar: ">", Sep: " > ", Dot: " - ", Ellipsis: "...", Dash: "-", Times: "x",
	Bullet: "*", More: [2]string{"<", ">"}, BlockTop: "+", BlockSide: "|", ASCII: true,
	Quote: [2]string{`"`, `"`},
}

// Styles is every style the browser draws with. newStyles is the only
// place styles are made.
type Styles struct {
	G Glyphs

	Title      lipgloss.Style // the conference name in the header
	Crumb      lipgloss.Style // later parts of the breadcrumb
	CrumbSep   lipgloss.Style
	HeaderInfo lipgloss.Style // counts on the right of the header
	Tab        lipgloss.Style
	ActiveTab  lipgloss.Style
	TabNumber  lipgloss.Style
	TabCount   lipgloss.Style
	TabFilter  lipgloss.Style // a tab's count when a filter narrows it
	TabMore    lipgloss.Style // the arrows that say more tabs are off screen

	Pane        PaneLook // an unfocused pane's frame
	FocusedPane PaneLook

	ItemTitle     lipgloss.Style
	ItemDesc      lipgloss.Style
	SelectedTitle lipgloss.Style
	SelectedDesc  lipgloss.Style
	SelectedBar   lipgloss.Style // the bar left of the selected item
	Match         lipgloss.Style // search matches
	CurrentMatch  lipgloss.Style // the match n and N are on
	Star          lipgloss.Style
	Empty         lipgloss.Style // "No talks", "No abstract"
	Heading       lipgloss.Style // a heading row: a room in Now, a day in the agenda
	Sticky        lipgloss.Style // the line that keeps a scrolled list's day or time
	Warning       lipgloss.Style // a clash in the agenda
	Free          lipgloss.Style // a free window in the agenda
	ChangeMark    lipgloss.Style // "new", "moved", "changed" before a row's second line
	Cancelled     lipgloss.Style // a cancelled talk's title: struck through

	FilterPrompt lipgloss.Style
	FilterText   lipgloss.Style
	FilterInfo   lipgloss.Style
	FilterCursor color.Color // nil: the terminal's own colour

	DetailTitle lipgloss.Style
	DetailLabel lipgloss.Style
	DetailText  lipgloss.Style
	Company     lipgloss.Style
	Bullet      lipgloss.Style // list markers in abstracts

	ScrollInfo lipgloss.Style

	HelpKey     lipgloss.Style
	HelpDesc    lipgloss.Style
	HelpSep     lipgloss.Style
	HelpBox     lipgloss.Style
	HelpTitle   lipgloss.Style
	HelpHeading lipgloss.Style

	Status      lipgloss.Style
	StatusError lipgloss.Style
	StatusRight lipgloss.Style

	TooSmall lipgloss.Style

	GridBlock    lipgloss.Style // a talk in the timetable grid
	GridSelected lipgloss.Style // the selected talk
	GridRoom     lipgloss.Style // the rooms' names
	GridAxis     lipgloss.Style // the times on the axis
	GridInfo     lipgloss.Style // the grid's line about the selected talk

	// Border is the shape of the help box's border.
	Border lipgloss.Border
}

// newStyles builds the styles for a theme.
func newStyles(t theme) Styles {
	if t.ascii {
		return asciiStyles()
	}
	c := lipgloss.LightDark(t.dark)
	var (
		accent  = c(lipgloss.Color("#5A4FCF"), lipgloss.Color("#A99BFF"))
		text    = c(lipgloss.Color("#1F1F28"), lipgloss.Color("#E6E6EF"))
		subtle  = c(lipgloss.Color("#6B6B80"), lipgloss.Color("#8C8CA3"))
		faint   = c(lipgloss.Color("#B8B8C8"), lipgloss.Color("#4A4A5C"))
		match   = c(lipgloss.Color("#B3261E"), lipgloss.Color("#FFB86C"))
		star    = c(lipgloss.Color("#B8860B"), lipgloss.Color("#F6D365"))
		errText = c(lipgloss.Color("#B3261E"), lipgloss.Color("#FF6B6B"))
		tabBG   = c(lipgloss.Color("#E4E1FF"), lipgloss.Color("#34305C"))
	)
	s := Styles{G: unicodeGlyphs, Border: lipgloss.RoundedBorder()}
	s.Title = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.Crumb = lipgloss.NewStyle().Foreground(text).Bold(true)
	s.CrumbSep = lipgloss.NewStyle().Foreground(subtle)
	s.HeaderInfo = lipgloss.NewStyle().Foreground(subtle)
	s.Tab = lipgloss.NewStyle().Foreground(subtle).Padding(0, 1)
	s.ActiveTab = lipgloss.NewStyle().Foreground(accent).Background(tabBG).Bold(true).Padding(0, 1)
	s.TabNumber = lipgloss.NewStyle().Faint(true)
	s.TabCount = lipgloss.NewStyle().Faint(true)
	s.TabFilter = lipgloss.NewStyle().Foreground(match).Underline(true)
	s.TabMore = lipgloss.NewStyle().Foreground(subtle)

	s.Pane = PaneLook{Border: s.Border, Edge: lipgloss.NewStyle().Foreground(faint)}
	s.FocusedPane = PaneLook{Border: s.Border, Edge: lipgloss.NewStyle().Foreground(accent)}

	s.ItemTitle = lipgloss.NewStyle().Foreground(text)
	s.ItemDesc = lipgloss.NewStyle().Foreground(subtle)
	s.SelectedTitle = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.SelectedDesc = lipgloss.NewStyle().Foreground(accent)
	s.SelectedBar = lipgloss.NewStyle().Foreground(accent)
	s.Match = lipgloss.NewStyle().Foreground(match).Underline(true)
	s.CurrentMatch = lipgloss.NewStyle().Foreground(match).Underline(true).Reverse(true)
	s.Star = lipgloss.NewStyle().Foreground(star)
	s.Empty = lipgloss.NewStyle().Foreground(subtle).Italic(true)
	s.Heading = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.Sticky = lipgloss.NewStyle().Foreground(accent).Bold(true).Underline(true)
	s.Warning = lipgloss.NewStyle().Foreground(errText).Bold(true)
	s.Free = lipgloss.NewStyle().Foreground(subtle).Italic(true)
	s.ChangeMark = lipgloss.NewStyle().Foreground(match).Bold(true)
	s.Cancelled = lipgloss.NewStyle().Strikethrough(true)

	s.FilterPrompt = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.FilterText = lipgloss.NewStyle().Foreground(text)
	s.FilterInfo = lipgloss.NewStyle().Foreground(subtle)
	s.FilterCursor = accent

	s.DetailTitle = lipgloss.NewStyle().Foreground(text).Bold(true)
	s.DetailLabel = lipgloss.NewStyle().Foreground(subtle)
	s.DetailText = lipgloss.NewStyle().Foreground(text)
	s.Company = lipgloss.NewStyle().Foreground(subtle)
	s.Bullet = lipgloss.NewStyle().Foreground(subtle)

	s.ScrollInfo = lipgloss.NewStyle().Foreground(subtle)

	s.HelpKey = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.HelpDesc = lipgloss.NewStyle().Foreground(subtle)
	s.HelpSep = lipgloss.NewStyle().Foreground(faint)
	s.HelpBox = lipgloss.NewStyle().Border(s.Border).BorderForeground(accent).Padding(0, 1)
	s.HelpTitle = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.HelpHeading = lipgloss.NewStyle().Foreground(text).Bold(true)

	s.Status = lipgloss.NewStyle().Foreground(subtle)
	s.StatusError = lipgloss.NewStyle().Foreground(errText).Bold(true)
	s.StatusRight = lipgloss.NewStyle().Foreground(subtle)

	s.TooSmall = lipgloss.NewStyle().Foreground(text)

	s.GridBlock = lipgloss.NewStyle().Foreground(text)
	s.GridSelected = lipgloss.NewStyle().Foreground(accent).Background(tabBG).Bold(true)
	s.GridRoom = lipgloss.NewStyle().Foreground(text).Bold(true)
	s.GridAxis = lipgloss.NewStyle().Foreground(subtle)
	s.GridInfo = lipgloss.NewStyle().Foreground(subtle)
	return s
}

// asciiStyles use no colour and ASCII-only borders and marks, for
// NO_COLOR, TERM=dumb and --theme ascii. Emphasis is bold, underline and
// reverse video, which every terminal has.
func asciiStyles() Styles {
	plain := lipgloss.NewStyle()
	bold := plain.Bold(true)
	s := Styles{G: asciiGlyphs, Border: lipgloss.ASCIIBorder()}
	s.Title, s.Crumb, s.CrumbSep, s.HeaderInfo = bold, bold, plain, plain
	s.Tab = plain.Padding(0, 1)
	s.ActiveTab = plain.Reverse(true).Padding(0, 1)
	s.TabNumber, s.TabCount, s.TabMore = plain, plain, plain
	s.TabFilter = plain.Underline(true)
	s.Pane = PaneLook{Border: s.Border, Edge: plain}
	s.FocusedPane = PaneLook{Border: lipgloss.Border{
		Top: "=", Bottom: "=", Left: "|", Right: "|",
		TopLeft: "+", TopRight: "+", BottomLeft: "+", BottomRight: "+",
	}, Edge: plain}
	s.ItemTitle, s.ItemDesc = plain, plain
	s.SelectedTitle, s.SelectedDesc, s.SelectedBar = bold, plain, bold
	s.Match = plain.Underline(true)
	s.CurrentMatch = plain.Underline(true).Reverse(true)
	s.Star, s.Empty = bold, plain
	s.Heading, s.Sticky, s.Warning, s.Free = bold, bold.Underline(true), bold, plain
	s.ChangeMark, s.Cancelled = bold, plain.Strikethrough(true)
	s.FilterPrompt, s.FilterText, s.FilterInfo = bold, plain, plain
	s.DetailTitle, s.DetailLabel, s.DetailText, s.Company, s.Bullet = bold, plain, plain, plain, plain
	s.ScrollInfo = plain
	s.HelpKey, s.HelpDesc, s.HelpSep = bold, plain, plain
	s.HelpBox = plain.Border(s.Border).Padding(0, 1)
	s.HelpTitle, s.HelpHeading = bold, bold
	s.Status, s.StatusError, s.StatusRight = plain, bold, plain
	s.TooSmall = plain
	s.GridBlock, s.GridSelected, s.GridRoom, s.GridAxis, s.GridInfo = plain, plain.Reverse(true), bold, plain, plain
	return s
}

// input is the look of a line being typed (the filter, the window
// prompt): the theme's, not the text input's own, and a steady cursor.
func (st Styles) input(dark bool) textinput.Styles {
	ti := textinput.DefaultStyles(dark)
	ti.Focused.Prompt = st.FilterPrompt
	ti.Focused.Text = st.FilterText
	ti.Focused.Placeholder = st.FilterInfo
	ti.Blurred = ti.Focused
	ti.Cursor.Blink = false
	ti.Cursor.Color = st.FilterCursor
	return ti
}
