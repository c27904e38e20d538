#include "HealthPanel.h"

#include "ProfileText.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rapport::ui {

HealthPanel::HealthPanel(QWidget *parent) : QWidget(parent)
{
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("healthScore"));
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_score->setFont(big);
    m_score->setAccessibleName(tr("Health score"));

    m_cadence = new QLabel(this);
    m_cadence->setObjectName(QStringLiteral("cadence"));
    m_cadence->setWordWrap(true);
    m_cadence->setAccessibleName(tr("Touchbase cadence"));

    m_archivedNote = new QLabel(tr("Archived: figures are shown as if you still kept in touch."), this);
    m_archivedNote->setWordWrap(true);

    auto *explain = new QLabel(tr("The score weighs recency 35 %, consistency 30 %, warmth 15 %, give and take 10 % "
                                  "and promises 10 %, over the parts that apply."),
                               this);
    explain->setWordWrap(true);
    explain->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_score);
    layout->addWidget(m_cadence);
    layout->addWidget(m_archivedNote);
    m_parts = new QVBoxLayout;
    layout->addLayout(m_parts);
    layout->addWidget(explain);
}

void HealthPanel::setDetail(const core::HealthDetail &detail, const core::Colleague &colleague)
{
    m_score->setText(ProfileText::score(detail.figures.health.score));
    m_cadence->setText(ProfileText::cadence(detail.figures, detail.today, colleague.snoozedUntil));
    m_archivedNote->setVisible(colleague.archived);
    const QStringList lines = ProfileText::healthParts(detail);
    while (m_partLabels.size() < lines.size()) {
        auto *label = new QLabel(this);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_parts->addWidget(label);
        m_partLabels.append(label);
    }
    for (qsizetype i = 0; i < m_partLabels.size(); ++i) {
        m_partLabels[i]->setText(lines.value(i));
        m_partLabels[i]->setAccessibleName(lines.value(i).section(QLatin1Char(':'), 0, 0));
        m_partLabels[i]->setVisible(i < lines.size());
    }
}

QString HealthPanel::scoreText() const
{
    return m_score->text();
}

QString HealthPanel::cadenceText() const
{
    return m_cadence->text();
}

QStringList HealthPanel::partsText() const
{
    QStringList lines;
    for (const QLabel *label : m_partLabels) {
        if (!label->text().isEmpty())
            lines << label->text();
    }
    return lines;
}

} // namespace rapport::ui
