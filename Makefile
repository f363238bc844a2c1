# Build, test and install tandem.
#   make                      debug build
#   make test                 the whole test suite
#   make install              release build into $(PREFIX) (default /usr/local)
#   make install PREFIX=$HOME/.local
#   make uninstall
#   make manual               regenerate docs/tandem.1 from the --help texts
#   make templates            re-embed templates/ into the binary's sources
#   make rules-doc            regenerate the rule table and examples of docs/RULES.md

PREFIX ?= /usr/local
DESTDIR ?=
SCRATCH ?= .build
SWIFT ?= swift

BINDIR := $(DESTDIR)$(PREFIX)/bin
MANDIR := $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

# The installed binary carries the Swift runtime and Foundation inside it: it runs
# without a Swift toolchain and starts with a quarter less memory (docs/PERFORMANCE.md).
RELEASE_FLAGS = -c release --static-swift-stdlib
RELEASE_BIN = $(shell $(SWIFT) build $(RELEASE_FLAGS) --scratch-path $(SCRATCH) --show-bin-path)/tandem

.PHONY: all build test release install uninstall manual templates rules-doc clean

all: build

build:
	$(SWIFT) build --scratch-path $(SCRATCH)

test:
	$(SWIFT) test --scratch-path $(SCRATCH)

release:
	$(SWIFT) build $(RELEASE_FLAGS) --scratch-path $(SCRATCH) --product tandem

install: release
	install -d "$(BINDIR)" "$(MANDIR)" "$(BASHDIR)" "$(ZSHDIR)" "$(FISHDIR)"
	install -m 755 "$(RELEASE_BIN)" "$(BINDIR)/tandem"
	install -m 644 docs/tandem.1 "$(MANDIR)/tandem.1"
	"$(RELEASE_BIN)" --generate-completion-script bash > "$(BASHDIR)/tandem"
	"$(RELEASE_BIN)" --generate-completion-script zsh > "$(ZSHDIR)/_tandem"
	"$(RELEASE_BIN)" --generate-completion-script fish > "$(FISHDIR)/tandem.fish"

uninstall:
	rm -f "$(BINDIR)/tandem" "$(MANDIR)/tandem.1" "$(BASHDIR)/tandem" "$(ZSHDIR)/_tandem" "$(FISHDIR)/tandem.fish"

manual:
	$(SWIFT) package --scratch-path $(SCRATCH) --allow-writing-to-package-directory generate-manual --configuration debug
	cp $(SCRATCH)/plugins/GenerateManual/outputs/tandem/tandem.1 docs/tandem.1
	python3 scripts/fix-manual.py "$$($(SWIFT) build --scratch-path $(SCRATCH) --show-bin-path)/tandem" docs/tandem.1

templates:
	python3 scripts/embed-templates.py

rules-doc: build
	python3 scripts/rules-doc.py "$$($(SWIFT) build --scratch-path $(SCRATCH) --show-bin-path)/tandem" docs/RULES.md

clean:
	rm -rf $(SCRATCH)
