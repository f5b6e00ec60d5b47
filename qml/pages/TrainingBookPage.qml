import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bro
import Bro.Core

// One training book (opplæringsbok) for one work placement, in tabs: the logbook, the
// competence goals with interim assessments and progress, the employer's feedback, and the
// workplace's facts with the HSE introduction. Mentors and advisers use it on-site; it fits a
// phone too. Each tab is its own file; the goals, feedback and workplace tabs are built when
// first shown (the logbook is what opens most often).
Page {
    id: page
    property string bookId
    property var book: ({})
    property var participant: ({})
    readonly property bool compact: width < 600
    property alias currentTab: tabs.currentIndex
    readonly property var tabNames: ["logbook", "goals", "feedback", "workplace"]
    readonly property var tabLoaders: [null, goalsLoader, feedbackLoader, workplaceLoader]
    readonly property alias logbook: logbookTab

    title: participant.name || book.employer || qsTr("Training book")
    background: Rectangle {
        color: BroStyle.background
    }

    function reload() {
        book = Records.get("training_book", bookId);
        participant = book.participant_id ? Records.get("participant", book.participant_id) : {};
    }
    function showTab(name) {
        const i = Math.max(0, tabNames.indexOf(name));
        tabs.currentIndex = i;
        return tabLoaders[i] ? tabLoaders[i].item : logbookTab;
    }
    function newEntry(correctsId) {
        return page.StackView.view.push(entryPage, {
                "bookId": bookId,
                "correctsId": correctsId || ""
            });
    }
    function newFeedback() {
        return page.StackView.view.push(feedbackPage, {
                "bookId": bookId
            });
    }
    function signItem(kind, id, summary) {
        signDialog.openFor(kind, id, summary);
    }
    Component.onCompleted: reload()

    Connections {
        target: Records
        function onRecordChanged(kind, id) {
            if (kind === "training_book" && id === page.bookId)
                page.reload();
        }
    }

    property bool pdfOk: false
    property url pdfUrl
    function exportPdf() {
        const r = TrainingBooks.exportPdf(bookId, "");
        pdfOk = r.ok;
        pdfUrl = r.ok ? r.url : "";
        pdfStatus.show(r.ok ? qsTr("The training book was saved as a PDF on this device.") : r.message, !r.ok);
        return r;
    }

    header: ColumnLayout {
        spacing: 0
        // The employer under the name: the page title carries the participant.
        Label {
            visible: !!page.participant.name && !!page.book.employer
            text: page.book.employer || ""
            color: BroStyle.secondaryText
            font.pixelSize: BroStyle.captionSize
            elide: Text.ElideRight
            leftPadding: BroStyle.spacing
            rightPadding: BroStyle.spacing
            topPadding: 4
            Layout.fillWidth: true
            Layout.preferredWidth: 0
        }
        Pane {
            Layout.fillWidth: true
            visible: Session.isAdviser && !Session.handOver
            padding: BroStyle.smallSpacing
            background: Rectangle {
                color: BroStyle.surface
            }
            Flow {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: BroStyle.smallSpacing
                Button {
                    objectName: "exportPdf"
                    text: qsTr("PDF")
                    flat: true
                    font.capitalization: Font.MixedCase
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Save the training book as a PDF")
                    onClicked: page.exportPdf()
                }
                Label {
                    text: qsTr("Hand over for one section:")
                    color: BroStyle.secondaryText
                    font.pixelSize: BroStyle.captionSize
                    height: BroStyle.touchTarget
                    verticalAlignment: Text.AlignVCenter
                }
                Button {
                    objectName: "handOverLogbook"
                    text: qsTr("Logbook entry")
                    flat: true
                    font.capitalization: Font.MixedCase
                    onClicked: Session.startHandOver("logbook", {
                            "bookId": page.bookId
                        })
                }
                Button {
                    objectName: "handOverFeedback"
                    text: qsTr("Employer feedback")
                    flat: true
                    font.capitalization: Font.MixedCase
                    onClicked: Session.startHandOver("feedback", {
                            "bookId": page.bookId
                        })
                }
            }
        }
        RowLayout {
            visible: pdfStatus.visible
            spacing: BroStyle.smallSpacing
            Layout.fillWidth: true
            Layout.leftMargin: BroStyle.spacing
            Layout.rightMargin: BroStyle.spacing
            BroStatusLine {
                id: pdfStatus
                objectName: "pdfStatus"
            }
            Button {
                objectName: "openPdf"
                visible: page.pdfOk
                text: qsTr("Open or share")
                flat: true
                font.capitalization: Font.MixedCase
                onClicked: TrainingBooks.openDocument(page.pdfUrl)
            }
        }
        TabBar {
            id: tabs
            objectName: "bookTabs"
            Layout.fillWidth: true
            implicitWidth: 0 // the page decides the width; the buttons do not widen it
            Material.background: BroStyle.surface
            Repeater {
                model: [qsTr("Logbook"), qsTr("Goals"), qsTr("Feedback"), qsTr("Workplace")]
                TabButton {
                    required property string modelData
                    required property int index
                    objectName: "bookTab_" + page.tabNames[index]
                    text: modelData
                    // Never narrower than its word: on a phone the bar scrolls sideways.
                    width: Math.max(implicitWidth, tabs.width / 4)
                    font.capitalization: Font.MixedCase
                    font.pixelSize: page.compact ? BroStyle.captionSize : BroStyle.bodySize
                }
            }
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex

        LogbookTab {
            id: logbookTab
            bookId: page.bookId
            onNewEntry: correctsId => page.newEntry(correctsId)
            onSign: (kind, id, summary) => page.signItem(kind, id, summary)
        }
        Loader {
            id: goalsLoader
            active: tabs.currentIndex === 1 || item !== null
            sourceComponent: GoalsTab {
                bookId: page.bookId
                book: page.book
                onSign: (kind, id, summary) => page.signItem(kind, id, summary)
            }
        }
        Loader {
            id: feedbackLoader
            active: tabs.currentIndex === 2 || item !== null
            sourceComponent: FeedbackTab {
                bookId: page.bookId
                onNewFeedback: page.newFeedback()
                onSign: (kind, id, summary) => page.signItem(kind, id, summary)
            }
        }
        Loader {
            id: workplaceLoader
            active: tabs.currentIndex === 3 || item !== null
            sourceComponent: WorkplaceTab {
                bookId: page.bookId
                book: page.book
                compact: page.compact
            }
        }
    }

    SignDialog {
        id: signDialog
    }
    Component {
        id: entryPage
        LogbookEntryPage {
        }
    }
    Component {
        id: feedbackPage
        FeedbackPage {
        }
    }
}
