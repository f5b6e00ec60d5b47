import QtQuick
import QtQuick.Controls

// A vertically scrolling screen body whose one child is laid out at the full width (the
// participant screens: one thing per screen, scrolled when it is taller than the screen).
Flickable {
    id: root
    default property alias content: holder.data
    clip: true
    contentWidth: width
    contentHeight: holder.childrenRect.height
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {
    }
    Item {
        id: holder
        width: root.width
        height: childrenRect.height
    }
}
