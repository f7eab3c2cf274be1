package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// listedPackage is what `go list -json` says of a package that matters
// here: its direct imports, and every package it depends on, both without
// its tests.
type listedPackage struct {
	ImportPath string
	Imports    []string
	Deps       []string
	Module     *struct {
		Path string
		Main bool
	}
}

// importRule forbids the packages at or under from, relative to the
// module, to depend on what banned reports, directly or through others.
type importRule struct {
	from   string
	banned func(dep string, own bool) bool // own: dep is a package of this module
	why    string
}

// importRules are the directions of DESIGN.md's architecture that a wrong
// import could quietly break.
var importRules = []importRule{
	{from: "model", banned: func(dep string, own bool) bool { return own || isCharm(dep) },
		why: "model imports no package of the project and nothing from Charm"},
	{from: "data", banned: func(dep string, own bool) bool {
		return own && (under(dep, "ui") || under(dep, "seeds")) ||
			under(dep, "charm.land/bubbletea") || under(dep, "charm.land/bubbles") || under(dep, "charm.land/lipgloss") ||
			under(dep, "github.com/charmbracelet/bubbletea") || under(dep, "github.com/charmbracelet/bubbles") || under(dep, "github.com/charmbracelet/lipgloss")
	}, why: "no data package imports ui, seeds, Bubble Tea, Bubbles or Lip Gloss"},
	{from: "data/store", banned: func(dep string, own bool) bool { return own },
		why: "data/store imports no package of the project"},
	{from: "data/export", banned: func(dep string, own bool) bool { return own && dep != "model" },
		why: "data/export imports only model of the project"},
	{from: "ui", banned: func(dep string, own bool) bool { return own && under(dep, "data") },
		why: "ui imports no data package: it reaches files through what main hands it"},
}

// under reports whether path is dir or a package below it.
func under(path, dir string) bool {
	return path == dir || strings.HasPrefix(path, dir+"/")
}

func isCharm(path string) bool {
	return strings.HasPrefix(path, "charm.land/") || strings.HasPrefix(path, "github.com/charmbracelet/")
}

// TestImportDirections: imports point the one way DESIGN.md's
// architecture says, test files aside. A wrong import fails naming the
// package, the import that points the wrong way and the chain of imports
// that leads to it.
func TestImportDirections(t *testing.T) {
	pkgs := listPackages(t)
	module := mainModule(pkgs)
	if module == "" {
		t.Fatal("go list names no main module")
	}
	listed := map[string]bool{}
	for _, p := range pkgs {
		listed[p.ImportPath] = true
	}
	for _, r := range importRules {
		if !listed[module+"/"+r.from] {
			t.Errorf("no package %s: the rule %q checks nothing", r.from, r.why)
		}
	}
	for _, v := range importViolations(pkgs, module) {
		t.Error(v)
	}
}

// TestImportViolationsNamesTheWrongImport: the check catches imports that
// point the wrong way, directly or further down, and names each once, by
// the import that starts it.
func TestImportViolationsNamesTheWrongImport(t *testing.T) {
	const m = "example.com/app"
	own := &struct {
		Path string
		Main bool
	}{Path: m, Main: true}
	pkg := func(path string, imports ...string) listedPackage {
		return listedPackage{ImportPath: path, Imports: imports, Module: own}
	}
	pkgs := []listedPackage{
		pkg(m+"/model", "strings"),
		pkg(m+"/data", m+"/model"),
		pkg(m+"/data/store", "os", m+"/data"),
		pkg(m+"/data/export", m+"/model"),
		pkg(m+"/ui", m+"/model", m+"/data/export", "charm.land/bubbletea/v2"),
		{ImportPath: "strings"}, {ImportPath: "os"},
		{ImportPath: "charm.land/bubbletea/v2", Imports: []string{"github.com/charmbracelet/x/ansi"}},
		{ImportPath: "github.com/charmbracelet/x/ansi"},
	}
	for i := range pkgs {
		pkgs[i].Deps = deps(pkgs, pkgs[i].ImportPath)
	}
	got := importViolations(pkgs, m)
	want := []string{
		"data/store imports data (data/store → data): data/store imports no package of the project",
		"ui imports data/export (ui → data/export): ui imports no data package: it reaches files through what main hands it",
	}
	if !slices.Equal(got, want) {
		t.Errorf("violations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// deps is what go list gives as Deps: every package path imports, directly
// or not, sorted.
func deps(pkgs []listedPackage, path string) []string {
	imports := map[string][]string{}
	for _, p := range pkgs {
		imports[p.ImportPath] = p.Imports
	}
	seen := map[string]bool{}
	var walk func(string)
	walk = func(p string) {
		for _, next := range imports[p] {
			if !seen[next] {
				seen[next] = true
				walk(next)
			}
		}
	}
	walk(path)
	out := make([]string, 0, len(seen))
	for p := range seen {
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}

// listPackages lists the module's packages and everything they depend
// on, as the build sees them.
func listPackages(t *testing.T) []listedPackage {
	t.Helper()
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(goCmd, "list", "-deps", "-json=ImportPath,Imports,Deps,Module", "./...").Output()
	if err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			t.Fatalf("go list: %v\n%s", err, exit.Stderr)
		}
		t.Fatalf("go list: %v", err)
	}
	var pkgs []listedPackage
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listedPackage
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			return pkgs
		} else if err != nil {
			t.Fatalf("go list: %v", err)
		}
		pkgs = append(pkgs, p)
	}
}

func mainModule(pkgs []listedPackage) string {
	for _, p := range pkgs {
		if p.Module != nil && p.Module.Main {
			return p.Module.Path
		}
	}
	return ""
}

// importViolations returns one line for each package that depends on
// what a rule forbids: "<package> imports <dependency> (<chain>): <why>",
// the module's own packages named relative to it.
func importViolations(pkgs []listedPackage, module string) []string {
	imports := map[string][]string{}
	for _, p := range pkgs {
		imports[p.ImportPath] = p.Imports
	}
	short := func(path string) (string, bool) {
		if rel, ok := strings.CutPrefix(path, module+"/"); ok {
			return rel, true
		}
		return path, path == module
	}
	var out []string
	for _, p := range pkgs {
		from, own := short(p.ImportPath)
		if !own {
			continue
		}
		for _, r := range importRules {
			if !under(from, r.from) {
				continue
			}
			banned := func(path string) bool { return r.banned(short(path)) }
			for _, dep := range p.Deps {
				if !banned(dep) {
					continue
				}
				chain := importChain(imports, p.ImportPath, dep)
				// What is reached through a package already reported
				// (Lip Gloss's own imports) is not reported again.
				if slices.ContainsFunc(chain[1:len(chain)-1], banned) {
					continue
				}
				for i := range chain {
					chain[i], _ = short(chain[i])
				}
				out = append(out, from+" imports "+chain[len(chain)-1]+" ("+strings.Join(chain, " → ")+"): "+r.why)
			}
		}
	}
	return out
}

// importChain returns a shortest chain of imports from one package to a
// package it depends on, both ends included.
func importChain(imports map[string][]string, from, to string) []string {
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if p == to {
			var chain []string
			for ; p != ""; p = prev[p] {
				chain = append(chain, p)
			}
			slices.Reverse(chain)
			return chain
		}
		for _, next := range imports[p] {
			if _, seen := prev[next]; !seen {
				prev[next] = p
				queue = append(queue, next)
			}
		}
	}
	return []string{from, "…", to}
}
