#pragma once

#include "services/HealthDetail.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace rapport::ui {

// The health score with each part explained in words, and the touchbase cadence.
class HealthPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit HealthPanel(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(HealthPanel)

    void setDetail(const core::HealthDetail &detail, const core::Colleague &colleague);
    QString scoreText() const;
    QString cadenceText() const;
    // The parts, one line each.
    QStringList partsText() const;

private:
    QLabel *m_score = nullptr;
    QLabel *m_cadence = nullptr;
    QLabel *m_archivedNote = nullptr;
    QVBoxLayout *m_parts = nullptr;
    QList<QLabel *> m_partLabels;
};

} // namespace rapport::ui
