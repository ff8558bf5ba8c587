# The two commands of the README: `make run` and `make test`.
# Both install the Debian packages that are missing, configure and build.

BUILD   ?= build
DB      ?= $(BUILD)/demo/shop.sqlite
CMAKE_FLAGS ?=

DEBIAN_PACKAGES := build-essential cmake ninja-build file pkg-config \
	qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite qt6-tools-dev \
	qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n catch2 libsqlite3-dev \
	libsodium-dev libqrencode-dev libzint-dev zbar-tools poppler-utils \
	xvfb xauth imagemagick fonts-dejavu-core desktop-file-utils appstream

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps configure build run test demo bench deb translations clean

all: build

deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $$missing; \
	fi

LAUNCHER := $(shell command -v ccache >/dev/null 2>&1 && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $(LAUNCHER) $(CMAKE_FLAGS)

configure: deps $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD)

demo: build
	@if [ ! -f "$(DB)" ]; then \
	  mkdir -p "$(dir $(DB))" && \
	  $(BUILD)/bin/ovopctl --db "$(DB)" init --demo; \
	fi

run: demo
	$(BUILD)/bin/ovop-pos --db "$(DB)"

test: build
	cd $(BUILD) && ctest --no-tests=error --output-on-failure -j$$(nproc)

bench: build
	$(BUILD)/bin/ovop-bench

deb: build
	cd $(BUILD) && cpack -G DEB

translations: configure
	cmake --build $(BUILD) --target update_translations

clean:
	rm -rf $(BUILD)
