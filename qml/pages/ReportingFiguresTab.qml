import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The year's figures, each with a chart over the last five years. Small numbers are ":".
BroFormScroll {
    id: tab
    readonly property var figures: {
        App.language;
        return Reporting.figures;
    }
    readonly property int columns: width > 1100 ? 3 : width > 700 ? 2 : 1

    Label {
        text: Reporting.leader ? (Reporting.scope ? qsTr("Municipality: %1 · as of %2").arg(Reporting.scope).arg(BroStyle.formatDate(Reporting.asOf)) : qsTr("No figures fetched yet.")) : qsTr("The caseload on this device · as of %1").arg(BroStyle.formatDate(Reporting.asOf))
        color: BroStyle.secondaryText
        font.pixelSize: BroStyle.captionSize
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    GridLayout {
        objectName: "figureGrid"
        columns: tab.columns
        columnSpacing: BroStyle.spacing
        rowSpacing: BroStyle.spacing
        Layout.fillWidth: true
        Repeater {
            model: tab.figures
            delegate: BroFigureCard {
                required property var modelData
                objectName: "figure_" + modelData.figure
                label: modelData.label
                unit: modelData.unit
                valueText: modelData.text
                points: modelData.values
                highlightIndex: modelData.values.findIndex(v => v.year === Reporting.year)
                Layout.fillWidth: true
                Layout.preferredWidth: 1
            }
        }
    }
    Label {
        text: Reporting.hiddenExplanation
        color: BroStyle.secondaryText
        font.pixelSize: BroStyle.captionSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
