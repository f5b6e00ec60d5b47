#!/usr/bin/env bash
# Installs the Debian 12 packages Bro needs to build, run and test.
# Idempotent and quiet when everything is already installed.
set -euo pipefail

BRO_PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtqml-workerscript
  qml6-module-qttest qml6-module-qtqml qml6-module-qtquick-dialogs
  qml6-module-qt-labs-folderlistmodel qml6-module-qtqml-models qml6-module-qtquick-shapes
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6svg6
  libgl-dev libvulkan-dev libxkbcommon-dev
  libsqlcipher-dev libsqlite3-dev sqlcipher
  libcurl4-openssl-dev nlohmann-json3-dev libcpp-httplib-dev libssl-dev zlib1g-dev
  libsodium-dev libpqxx-dev postgresql postgresql-client haproxy
  poppler-utils xvfb fonts-dejavu-core
  qt6-speech-dev qml6-module-qttexttospeech qt6-multimedia-dev qml6-module-qtmultimedia
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  fonts-noto-core fonts-sil-abyssinica fonts-noto-color-emoji
  clang libclang-rt-14-dev
  lintian dpkg-dev systemd openssl curl
)

missing=()
for p in "${BRO_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

echo "bro: installing missing Debian packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
