import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The seminar's reporting form (tool 2). An adviser: the form per fast-track participant of
// the caseload, and the caseload's figures for a year. A programme leader: the municipality's
// figures only, fetched from the server. Hidden figures are ":" everywhere.
Page {
    id: page
    title: Reporting.leader ? qsTr("Figures for %1").arg(Reporting.scope || qsTr("the municipality")) : qsTr("Reporting")
    background: Rectangle {
        color: BroStyle.background
    }

    property alias currentTab: tabs.currentIndex
    function showTab(name) {
        tabs.currentIndex = name === "figures" || Reporting.leader ? 1 : 0;
    }
    function openParticipant(id) {
        formTab.participantId = id;
        tabs.currentIndex = 0;
    }

    function exportFile(kind) {
        const r = kind === "pdf" ? Reporting.exportPdf("") : Reporting.exportCsv("");
        status.show(r.ok ? qsTr("Saved: %1").arg(r.path) : r.message, !r.ok);
        return r;
    }

    Component.onCompleted: if (Reporting.leader)
        Reporting.fetch()
    Connections {
        target: Reporting
        function onFetched(ok) {
            if (!ok)
                status.show(Reporting.fetchError, true);
        }
    }

    header: Pane {
        padding: BroStyle.smallSpacing
        background: Rectangle {
            color: BroStyle.surface
        }
        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 0
            // The year and the tabs, then the actions: side by side, or on two rows on a phone.
            GridLayout {
                Layout.fillWidth: true
                columns: page.width < 640 ? 1 : 2
                columnSpacing: BroStyle.smallSpacing
                rowSpacing: 0
                RowLayout {
                    spacing: BroStyle.smallSpacing
                    Layout.fillWidth: true
                    ToolButton {
                        objectName: "previousYear"
                        text: "‹"
                        font.pixelSize: 24
                        implicitWidth: BroStyle.touchTarget
                        implicitHeight: BroStyle.touchTarget
                        Accessible.name: qsTr("Previous year")
                        onClicked: {
                            Reporting.year = Reporting.year - 1;
                            if (Reporting.leader)
                                Reporting.fetch();
                        }
                    }
                    Label {
                        objectName: "year"
                        text: Reporting.year
                        font.pixelSize: BroStyle.headingSize
                        font.weight: Font.DemiBold
                    }
                    ToolButton {
                        objectName: "nextYear"
                        text: "›"
                        font.pixelSize: 24
                        implicitWidth: BroStyle.touchTarget
                        implicitHeight: BroStyle.touchTarget
                        Accessible.name: qsTr("Next year")
                        onClicked: {
                            Reporting.year = Reporting.year + 1;
                            if (Reporting.leader)
                                Reporting.fetch();
                        }
                    }
                    TabBar {
                        id: tabs
                        objectName: "reportingTabs"
                        visible: !Reporting.leader
                        currentIndex: Reporting.leader ? 1 : 0
                        Layout.leftMargin: BroStyle.spacing
                        TabButton {
                            text: qsTr("Form")
                            width: implicitWidth + 24
                        }
                        TabButton {
                            objectName: "figuresTab"
                            text: qsTr("Figures")
                            width: implicitWidth + 24
                        }
                    }
                    Item {
                        Layout.fillWidth: true
                    }
                }
                RowLayout {
                    spacing: BroStyle.smallSpacing
                    Layout.alignment: Qt.AlignRight
                    BusyIndicator {
                        running: Reporting.fetching
                        visible: running
                        implicitHeight: 36
                    }
                    Button {
                        objectName: "fetchFigures"
                        visible: Reporting.leader
                        text: qsTr("Fetch figures")
                        flat: true
                        font.capitalization: Font.MixedCase
                        enabled: !Reporting.fetching
                        onClicked: Reporting.fetch()
                    }
                    Button {
                        objectName: "exportCsv"
                        text: qsTr("CSV")
                        flat: true
                        font.capitalization: Font.MixedCase
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Save the figures for a spreadsheet")
                        onClicked: page.exportFile("csv")
                    }
                    Button {
                        objectName: "exportPdf"
                        text: qsTr("PDF")
                        flat: true
                        font.capitalization: Font.MixedCase
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Save the figures with charts as a PDF")
                        onClicked: page.exportFile("pdf")
                    }
                }
            }
            BroStatusLine {
                id: status
                objectName: "reportingStatus"
                Layout.leftMargin: BroStyle.smallSpacing
            }
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex
        ReportingFormTab {
            id: formTab
        }
        ReportingFiguresTab {
        }
    }
}
