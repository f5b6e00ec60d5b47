import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// A vertically scrolling page body for forms. The field that gets focus is scrolled into
// view above the virtual keyboard, and the keyboard's height is added below the content so
// that the last field can be reached while typing.
Flickable {
    id: root
    default property alias content: column.data
    property int margins: BroStyle.spacing
    readonly property real keyboardHeight: Qt.inputMethod.visible ? Qt.inputMethod.keyboardRectangle.height / Screen.devicePixelRatio : 0

    clip: true
    contentWidth: width
    contentHeight: column.implicitHeight + 2 * margins + keyboardHeight
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {
    }

    function ensureVisible(item) {
        if (!item || !root.contentItem)
            return;
        let p = item;
        while (p && p !== root.contentItem)
            p = p.parent;
        if (!p)
            // not inside this page
            return;
        const r = item.mapToItem(root.contentItem, 0, 0, item.width, item.height);
        const visibleHeight = root.height - root.keyboardHeight;
        if (r.y < root.contentY + root.margins)
            root.contentY = Math.max(0, r.y - root.margins);
        else if (r.y + r.height > root.contentY + visibleHeight - root.margins)
            root.contentY = Math.min(Math.max(0, root.contentHeight - root.height), r.y + r.height - visibleHeight + root.margins);
    }

    readonly property Item focusItem: Window.activeFocusItem
    onFocusItemChanged: ensureFocusVisibleLater()
    onKeyboardHeightChanged: ensureFocusVisibleLater()
    function ensureFocusVisibleLater() {
        Qt.callLater(() => {
                if (root && root.Window.window)
                    root.ensureVisible(root.Window.window.activeFocusItem);
            });
    }

    ColumnLayout {
        id: column
        x: root.margins
        y: root.margins
        width: root.width - 2 * root.margins
        spacing: BroStyle.spacing
    }
}
