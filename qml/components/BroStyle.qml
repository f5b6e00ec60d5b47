pragma Singleton
import QtQuick

// Shared measures and colours. Sizes are logical pixels; touch targets are at least 48.
QtObject {
    readonly property int touchTarget: 48
    readonly property int spacing: 16
    readonly property int smallSpacing: 8
    readonly property int radius: 12

    readonly property color primary: "#0B5E55"      // deep teal: the bridge
    readonly property color primaryLight: "#E3F1EE"
    readonly property color accent: "#E07A1F"
    readonly property color background: "#F6F7F5"
    readonly property color surface: "#FFFFFF"
    readonly property color text: "#1B1F1E"
    readonly property color secondaryText: "#4C5957"
    readonly property color divider: "#D9DEDC"
    readonly property color error: "#B3261E"
    readonly property color warning: "#8A5A00"

    readonly property int titleSize: 22
    readonly property int headingSize: 18
    readonly property int bodySize: 16
    readonly property int captionSize: 14

    // Colour per phase of the journey.
    function phaseColor(phase) {
        switch (phase) {
        case "before": return "#5B6B8C"
        case "qualification": return "#0B7A6B"
        case "job_match": return "#C0621A"
        case "after": return "#3D7A2A"
        default: return "#6E7775"
        }
    }

    // Today's date on this device (or offsetDays from it), as records store dates
    // ("2026-11-22").
    function today(offsetDays) {
        const d = new Date()
        d.setDate(d.getDate() + (offsetDays || 0))
        return Qt.formatDate(d, "yyyy-MM-dd")
    }
    // Now, as records store moments ("2026-11-22T14:05:09Z", UTC).
    function nowUtc() { return new Date().toISOString().slice(0, 19) + "Z" }

    // "2026-09-01" -> "1. sep. 2026" in the UI language; "" for no date.
    function formatDate(iso) {
        if (!iso)
            return ""
        const parts = String(iso).split("-")
        if (parts.length !== 3)
            return String(iso)
        const d = new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]))
        return d.toLocaleDateString(Qt.locale(), "d. MMM yyyy")
    }

    function formatPeriod(start, end) {
        if (!start && !end)
            return ""
        if (!end)
            return qsTr("from %1").arg(formatDate(start))
        if (!start)
            return qsTr("until %1").arg(formatDate(end))
        return formatDate(start) + " – " + formatDate(end)
    }
}
