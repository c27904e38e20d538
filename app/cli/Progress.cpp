#include "Progress.h"

#include "TerminalText.h"

#include <unistd.h>

namespace rapport::cli {
namespace {

// A terminal's line is redrawn at most this often; a log or pipe gets a plain line at most
// this often.
constexpr qint64 kRedrawMs = 100;
constexpr qint64 kPlainLineMs = 2'000;

} // namespace

QString grouped(qint64 number)
{
    QString digits = QString::number(number < 0 ? -number : number);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return number < 0 ? QLatin1Char('-') + digits : digits;
}

ProgressDisplay::ProgressDisplay(QTextStream &err, Line line, Piped piped)
    : m_err(err)
    , m_line(std::move(line))
    , m_terminal(::isatty(STDERR_FILENO) == 1)
    , m_piped(piped)
{
    m_sinceShown.start();
}

ProgressDisplay::~ProgressDisplay()
{
    finish();
}

bool ProgressDisplay::operator()(qint64 done, qint64 total)
{
    const bool finished = done >= total;
    const qint64 elapsed = m_sinceShown.elapsed();
    if (m_terminal) {
        if (!finished && elapsed < kRedrawMs)
            return true;
        carriageReturn(m_err);
        m_err << m_line(done, total);
        m_lineOpen = true;
    } else {
        if (m_piped == Piped::Quiet || finished || elapsed < kPlainLineMs)
            return true; // the summary says the rest
        m_err << m_line(done, total) << '\n';
    }
    m_err.flush();
    m_sinceShown.restart();
    return true;
}

void ProgressDisplay::finish()
{
    if (m_lineOpen)
        m_err << '\n';
    m_lineOpen = false;
    m_err.flush();
}

} // namespace rapport::cli
