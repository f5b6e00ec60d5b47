import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The self-evaluation without reading: one question per screen, read aloud, answered with a
// pictogram (yes / not sure / no, or a face from 1 to 5); then, if I want, a typed answer;
// then saved as a self_evaluation record (append-only) in the screen's language.
Page {
    id: page
    objectName: "selfEvaluationPage"
    property string participantId
    property int step: 0
    property var answers: ({})
    property bool saved: false
    readonly property var questions: Array.from(MyBro.questions())
    readonly property bool asking: step < questions.length
    readonly property string question: asking ? questions[step] : ""
    signal finished
    background: Rectangle {
        color: BroStyle.background
    }

    function questionText(q) {
        switch (q) {
        case "likes_work":
            return qsTr("Do I like this work?");
        case "is_hard":
            return qsTr("Is it hard?");
        case "continue_path":
            return qsTr("Do I want to go on?");
        case "score":
            return qsTr("How is it going?");
        }
        return "";
    }
    function answerText(a) {
        switch (a) {
        case "yes":
            return qsTr("Yes");
        case "unsure":
            return qsTr("Not sure");
        case "no":
            return qsTr("No");
        }
        return String(a);
    }
    function answer(value) {
        const next = Object.assign({}, answers);
        next[question] = value;
        answers = next;
        step = step + 1;
    }
    function save() {
        Qt.inputMethod.commit();
        const a = Object.assign({}, answers);
        a.text = typed.text;
        const r = MyBro.addSelfEvaluation(participantId, a);
        status.text = r.ok ? "" : r.message;
        if (r.ok && answerVoice.hasTake) {
            // The spoken answer becomes the new record's recording.
            const k = VoiceRecorder.keep("self_evaluation", r.id);
            if (!k.ok) {
                status.text = k.message;
                VoiceRecorder.discard();
            }
        }
        saved = r.ok;
        return r.ok;
    }
    function restart() {
        if (answerVoice.mine)
            VoiceRecorder.discard();
        step = 0;
        answers = ({});
        saved = false;
        typed.text = "";
    }

    // Progress: one dot per question.
    Row {
        id: dots
        anchors.top: parent.top
        anchors.topMargin: BroStyle.spacing
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: 8
        visible: !page.saved
        Repeater {
            model: page.questions.length + 1
            Rectangle {
                required property int index
                width: 14
                height: 14
                radius: 7
                color: index <= page.step ? BroStyle.primary : BroStyle.divider
            }
        }
    }

    // A question.
    ColumnLayout {
        objectName: "questionView"
        visible: page.asking && !page.saved
        anchors.top: dots.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: BroStyle.spacing
        spacing: BroStyle.spacing
        BroPictogram {
            text: MyBro.pictogram("question", page.question)
            size: 64
            Layout.alignment: Qt.AlignHCenter
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            Label {
                objectName: "questionText"
                text: {
                    App.language;
                    return page.questionText(page.question);
                }
                font.pixelSize: BroStyle.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
                color: BroStyle.text
                horizontalAlignment: Text.AlignHCenter
            }
            BroSpeakButton {
                objectName: "speakQuestion"
                speech: page.questionText(page.question)
            }
        }
        GridLayout {
            Layout.alignment: Qt.AlignHCenter
            columns: page.question === "score" ? (page.width > 520 ? 5 : 3) : 3
            columnSpacing: BroStyle.smallSpacing
            rowSpacing: BroStyle.smallSpacing
            Repeater {
                model: page.question === "score" ? [1, 2, 3, 4, 5] : ["yes", "unsure", "no"]
                BroBigButton {
                    required property var modelData
                    objectName: "answer_" + modelData
                    pictogram: page.question === "score" ? MyBro.pictogram("score", String(modelData)) : MyBro.pictogram("answer", modelData)
                    text: page.question === "score" ? "" : page.answerText(modelData)
                    implicitWidth: page.question === "score" ? 84 : 110
                    Accessible.name: page.question === "score" ? String(modelData) : page.answerText(modelData)
                    onClicked: page.answer(modelData)
                }
            }
        }
        BroBigButton {
            objectName: "back"
            visible: page.step > 0
            pictogram: MyBro.pictogram("ui", "back")
            text: qsTr("Back")
            Layout.alignment: Qt.AlignHCenter
            onClicked: page.step = page.step - 1
        }
    }

    // Last: my own words (optional), then save.
    ColumnLayout {
        objectName: "finalView"
        visible: !page.asking && !page.saved
        anchors.top: dots.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: BroStyle.spacing
        spacing: BroStyle.spacing
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            Repeater {
                model: page.questions
                BroPictogram {
                    required property string modelData
                    readonly property var value: page.answers[modelData]
                    text: value === undefined ? "" : modelData === "score" ? MyBro.pictogram("score", String(value)) : MyBro.pictogram("answer", value)
                    size: 40
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            BroPictogram {
                text: MyBro.pictogram("ui", "my_words")
                size: 28
            }
            Label {
                text: qsTr("Something more? (if you want)")
                font.pixelSize: BroStyle.headingSize
                wrapMode: Text.WordWrap
                color: BroStyle.text
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            BroSpeakButton {
                speech: qsTr("Something more? (if you want)")
            }
        }
        TextArea {
            id: typed
            objectName: "typedAnswer"
            wrapMode: TextEdit.Wrap
            font.pixelSize: BroStyle.bodySize
            placeholderText: qsTr("Write in any language")
            horizontalAlignment: TextEdit.AlignLeft
            Layout.fillWidth: true
            Layout.minimumHeight: 96
        }
        // Or said aloud: recorded now, kept with the self-evaluation when it is sent.
        RowLayout {
            Layout.fillWidth: true
            visible: answerVoice.visible
            Label {
                text: qsTr("Or say it:")
                font.pixelSize: BroStyle.headingSize
                wrapMode: Text.WordWrap
                color: BroStyle.text
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            BroSpeakButton {
                speech: qsTr("Or say it:")
            }
        }
        BroVoiceRecord {
            id: answerVoice
            objectName: "answerVoice"
            ownerKind: "self_evaluation"
            ownerId: ""
            deferred: true
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: BroStyle.spacing
            BroBigButton {
                pictogram: MyBro.pictogram("ui", "back")
                text: qsTr("Back")
                onClicked: page.step = page.step - 1
            }
            BroBigButton {
                objectName: "saveSelfEvaluation"
                enabled: answerVoice.recorderState !== VoiceRecorder.Recording && answerVoice.recorderState !== VoiceRecorder.Stopping
                pictogram: MyBro.pictogram("state", "done")
                text: qsTr("Send")
                onClicked: page.save()
            }
        }
        Label {
            id: status
            objectName: "selfEvaluationStatus"
            color: BroStyle.error
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }

    // Thanks.
    ColumnLayout {
        objectName: "thanksView"
        visible: page.saved
        anchors.centerIn: parent
        spacing: BroStyle.spacing
        BroPictogram {
            text: MyBro.pictogram("answer", "yes")
            size: 72
            Layout.alignment: Qt.AlignHCenter
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            Label {
                text: qsTr("Thank you! Your adviser will see it.")
                font.pixelSize: BroStyle.titleSize
                wrapMode: Text.WordWrap
                color: BroStyle.text
                horizontalAlignment: Text.AlignHCenter
            }
            BroSpeakButton {
                speech: qsTr("Thank you! Your adviser will see it.")
            }
        }
        BroBigButton {
            objectName: "selfEvaluationDone"
            pictogram: MyBro.pictogram("bank", "goal")
            text: qsTr("OK")
            Layout.alignment: Qt.AlignHCenter
            onClicked: {
                page.restart();
                page.finished();
            }
        }
    }
}
