#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include <functional>

namespace rapport::cli {

// 1234567 -> "1,234,567": the same in every locale, so scripts can read it.
QString grouped(qint64 number);

// Progress of a long command on stderr: one line redrawn with \r on a terminal, and
// either an occasional plain line or nothing when stderr is a file or a pipe.
class ProgressDisplay final
{
public:
    using Line = std::function<QString(qint64 done, qint64 total)>;
    enum class Piped { Quiet, OccasionalLines };

    ProgressDisplay(QTextStream &err, Line line, Piped piped);
    ~ProgressDisplay();
    ProgressDisplay(const ProgressDisplay &) = delete;
    ProgressDisplay &operator=(const ProgressDisplay &) = delete;

    // Always true: the command line never cancels (core progress callbacks may).
    bool operator()(qint64 done, qint64 total);
    // Ends the terminal's line, so what follows starts on a line of its own.
    void finish();

private:
    QTextStream &m_err;
    Line m_line;
    const bool m_terminal;
    const Piped m_piped;
    bool m_lineOpen = false;
    QElapsedTimer m_sinceShown;
};

} // namespace rapport::cli
