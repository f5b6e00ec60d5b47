pragma Singleton
import QtQuick
import Bro.Core

// Shared measures, colours and the way dates are written. Sizes are logical pixels; touch
// targets are at least 48. Every colour of the app is named here (a ctest checks that no other
// QML file writes one).
QtObject {
    readonly property int touchTarget: 48
    readonly property int spacing: 16
    readonly property int smallSpacing: 8
    readonly property int radius: 12

    readonly property color primary: "#0B5E55" // deep teal: the bridge
    readonly property color primaryLight: "#E3F1EE"
    readonly property color accent: "#E07A1F"
    readonly property color background: "#F6F7F5"
    readonly property color surface: "#FFFFFF"
    readonly property color text: "#1B1F1E"
    readonly property color secondaryText: "#4C5957"
    readonly property color divider: "#D9DEDC"
    readonly property color error: "#B3261E"
    readonly property color warning: "#8A5A00"
    readonly property color success: "#3D7A2A" // done, achieved, signed
    readonly property color neutral: "#8C8C8C" // cancelled
    readonly property color transparent: "transparent"
    // On the primary colour (the tool bar, the lock screen).
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color pressedOnPrimary: Qt.rgba(1, 1, 1, 0.25)
    readonly property color quietOnPrimary: Qt.rgba(1, 1, 1, 0.12)
    readonly property color messageOnPrimary: "#FFD8A8"
    // The sync state's dot in the tool bar, and the conflict count beside it.
    readonly property color syncError: "#FFB4A9"
    readonly property color syncBusy: "#FFE082"
    readonly property color syncDone: "#7BC67B"
    readonly property color conflictFill: "#FFE0B2"
    readonly property color conflictText: "#6D3B00"
    // Special-category data (health, family) stands apart.
    readonly property color sensitiveFill: "#FFF8EC"
    readonly property color signatureInk: "#0B1F5C"

    // The participant screens ("Min bro"): big touch targets, few words, pictograms.
    readonly property int bigTouchTarget: 72
    readonly property int pictogramSize: 36
    readonly property string emojiFont: "Noto Color Emoji"
    readonly property color water: "#CFE8F3"
    readonly property color waterLine: "#8CC3DA"
    readonly property color bankNow: "#E9DCC3"   // the bank I stand on
    readonly property color bankGoal: "#D8EBC9"  // the bank I go to
    readonly property color bridgeLine: "#5C4632"
    readonly property color plankDone: "#B9D7A8"
    readonly property color plankNow: "#FFD08A"
    readonly property color plankNext: "#F3E6D3"
    readonly property color plankLater: "#ECEBE8"
    readonly property color talkFlag: "#FCE4E1" // a self-evaluation to take up

    readonly property int titleSize: 22
    readonly property int headingSize: 18
    readonly property int bodySize: 16
    readonly property int captionSize: 14
    // The smallest text anywhere (the layout check's rule: screens::kMinTextPixels).
    readonly property int minTextSize: 12

    // Colour per phase of the journey.
    function phaseColor(phase) {
        switch (phase) {
        case "before":
            return "#5B6B8C";
        case "qualification":
            return "#0B7A6B";
        case "job_match":
            return "#C0621A";
        case "after":
            return "#3D7A2A";
        default:
            return "#6E7775";
        }
    }
    // A tint's quiet background (chips, avatars).
    function tintFill(tint) {
        return Qt.rgba(tint.r, tint.g, tint.b, 0.12);
    }
    function tintText(tint) {
        return Qt.darker(tint, 1.25);
    }

    // Today's date on this device (or offsetDays from it), as records store dates
    // ("2026-11-22").
    function today(offsetDays) {
        return Dates.today(offsetDays || 0);
    }
    // Now, as records store moments ("2026-11-22T14:05:09Z", UTC).
    function nowUtc() {
        return Dates.nowUtc();
    }

    // A stored date ("2026-09-01") as the UI language writes it: "01.09.2026" in bokmål,
    // "01/09/2026" in English (domain/dates.h: the same in forms, lists and the PDF). Bindings
    // that call it follow the language.
    function formatDate(iso) {
        return iso ? Dates.format(String(iso), App.language) : "";
    }
    // A stored moment (UTC) as the local date.
    function formatMoment(iso) {
        return iso ? Dates.formatMoment(String(iso), App.language) : "";
    }
    function formatPeriod(start, end) {
        if (!start && !end)
            return "";
        if (!end)
            return qsTr("from %1").arg(formatDate(start));
        if (!start)
            return qsTr("until %1").arg(formatDate(end));
        return formatDate(start) + " – " + formatDate(end);
    }
    // How a date is typed: "DD.MM.ÅÅÅÅ" or "DD/MM/YYYY".
    function datePattern() {
        return Dates.inputPattern(App.language);
    }
}
