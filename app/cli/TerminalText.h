#pragma once

// Text that came from a file or the journal is shown on the terminal, never obeyed: an
// ESC ] (OSC) in a CSV cell must not retitle the window or plant a link, a CSI must not
// move the cursor or recolour what follows, and a U+202E must not turn a line around.

#include <QIODevice>
#include <QString>
#include <QStringDecoder>
#include <QTextStream>

#include <cstdio>

namespace rapport::cli {

// What a terminal would obey rather than show: the C0 controls but the newline, DEL, the
// C1 controls, the bidi embeddings, overrides, isolates and marks, and the line and
// paragraph separators.
bool isTerminalControl(char32_t c);

// The text with each such character written visibly: "\x1b" below U+0020 (JSON never
// leaves those raw), "\u202e" for the others. Inside a JSON string both are valid
// escapes for the same character, so `--json` output stays valid and means the same.
QString escapeForTerminal(QStringView text);

// stdout or stderr for rapport-cli's QTextStreams: whatever a command writes, message or
// table or --json, is escaped on its way out, so no call site can forget to. Expects
// UTF-8, as QTextStream writes it; a character split across two writes is kept whole.
// Export files written to the standard output (ExportOutput.h) bypass it: they are data.
class TerminalDevice final : public QIODevice
{
public:
    explicit TerminalDevice(std::FILE *stream);
    ~TerminalDevice() override;
    Q_DISABLE_COPY_MOVE(TerminalDevice)

    bool isSequential() const override { return true; }
    // Writes as it is, for the controls the program itself means: the \r that redraws a
    // progress line.
    void writeControl(QByteArrayView bytes);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    std::FILE *m_stream;
    QStringDecoder m_decoder { QStringConverter::Utf8 };
};

// Moves to the start of the line: \r written as a control when the stream is a
// TerminalDevice (which would show it escaped), else as text.
void carriageReturn(QTextStream &stream);

} // namespace rapport::cli
