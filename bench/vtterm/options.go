package vtterm

import (
	"image/color"

	"github.com/charmbracelet/x/vt"
)

// Option configures the emulated terminal.
type Option func(*config)

type config struct {
	fg, bg color.Color
}

// defaultConfig is a dark terminal: white on black, which is also what
// Bubble Tea assumes until told otherwise.
func defaultConfig() config {
	return config{fg: color.White, bg: color.Black}
}

// apply sets the colours the emulator reports to OSC 10/11 queries.
func (c config) apply(e *vt.Emulator) {
	// The default colours, not SetBackgroundColor: the latter acts as if the
	// program had changed the colour itself (OSC 11 set) and fires callbacks.
	e.SetDefaultForegroundColor(c.fg)
	e.SetDefaultBackgroundColor(c.bg)
}

// WithBackground makes the terminal report c as its background colour.
func WithBackground(c color.Color) Option {
	return func(cfg *config) { cfg.bg = c }
}

// WithForeground makes the terminal report c as its foreground colour.
func WithForeground(c color.Color) Option {
	return func(cfg *config) { cfg.fg = c }
}

// WithLightBackground makes the terminal a light one: black on white.
func WithLightBackground() Option {
	return func(cfg *config) {
		cfg.fg = color.Black
		cfg.bg = color.White
	}
}
