import QtQuick
import QtQuick.Controls
import Bro

// A signature drawn with a finger or pen. Kept as vector strokes ("x,y x,y;x,y ..." in a
// 0..1000 square, as the record stores them) and rendered on a white canvas that can be
// grabbed as the signature image.
Rectangle {
    id: pad
    property var strokes: []          // [[{x, y}, ...], ...] in pad pixels
    readonly property bool isEmpty: strokes.length === 0 || pointCount < 8
    property int pointCount: 0
    property color ink: BroStyle.signatureInk

    implicitWidth: 480
    implicitHeight: 200
    color: BroStyle.surface
    radius: 8
    border.color: BroStyle.divider
    border.width: 2

    function clear() {
        strokes = [];
        pointCount = 0;
        canvas.requestPaint();
    }

    // The strokes in the stored form, scaled to a 0..1000 square by the pad's longer side.
    function encoded() {
        const scale = 1000 / Math.max(width, height);
        return strokes.map(s => s.map(p => Math.round(p.x * scale) + "," + Math.round(p.y * scale)).join(" ")).join(";");
    }

    // Draws stored strokes (e.g. to show a signature again).
    function decode(text) {
        const scale = Math.max(width, height) / 1000;
        strokes = (text || "").split(";").filter(s => s.length > 0).map(s => s.split(" ").map(p => {
                        const xy = p.split(",");
                        return {
                            "x": Number(xy[0]) * scale,
                            "y": Number(xy[1]) * scale
                        };
                    }));
        pointCount = strokes.reduce((n, s) => n + s.length, 0);
        canvas.requestPaint();
    }

    // The line the signature sits on.
    Rectangle {
        x: 24
        width: parent.width - 48
        y: parent.height * 0.72
        height: 1
        color: BroStyle.divider
    }
    Label {
        x: 24
        y: parent.height * 0.72 + 4
        text: "✕"
        color: BroStyle.secondaryText
        visible: pad.isEmpty
    }

    Canvas {
        id: canvas
        anchors.fill: parent
        onPaint: {
            const ctx = getContext("2d");
            ctx.reset();
            ctx.lineWidth = 3;
            ctx.lineCap = "round";
            ctx.lineJoin = "round";
            ctx.strokeStyle = pad.ink;
            for (const s of pad.strokes) {
                if (s.length === 0)
                    continue;
                ctx.beginPath();
                ctx.moveTo(s[0].x, s[0].y);
                if (s.length === 1)
                    ctx.lineTo(s[0].x + 0.5, s[0].y + 0.5);
                for (let i = 1; i < s.length; ++i)
                    ctx.lineTo(s[i].x, s[i].y);
                ctx.stroke();
            }
        }
    }

    // Mouse, touch and pen alike.
    MouseArea {
        id: input
        objectName: "signatureInput"
        anchors.fill: parent
        preventStealing: true
        onPressed: mouse => {
            pad.strokes.push([{
                        "x": mouse.x,
                        "y": mouse.y
                    }]);
            pad.pointCount += 1;
            canvas.requestPaint();
        }
        onPositionChanged: mouse => {
            if (!pressed || pad.strokes.length === 0)
                return;
            const s = pad.strokes[pad.strokes.length - 1];
            const last = s[s.length - 1];
            if (Math.abs(last.x - mouse.x) + Math.abs(last.y - mouse.y) < 2)
                return;
            s.push({
                    "x": Math.max(0, Math.min(pad.width, mouse.x)),
                    "y": Math.max(0, Math.min(pad.height, mouse.y))
                });
            pad.pointCount += 1;
            canvas.requestPaint();
        }
        onReleased: pad.strokesChanged()
    }
}
