#pragma once

#include "domain/Records.h"

#include <QDialog>

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

class GratitudeEntry;

// Thanking someone in one step, from a profile card or from Quick log: the Gratitude
// page's entry as a small form. Enter thanks; Esc cancels; nothing is written until then.
class ThankDialog final : public QDialog
{
    Q_OBJECT

public:
    ThankDialog(core::Journal &journal, core::Id colleagueId, QWidget *parent = nullptr);
    ~ThankDialog() override;
    Q_DISABLE_COPY_MOVE(ThankDialog)

    GratitudeEntry *entry() const { return m_entry; }
    // The gratitude entry written on accept; 0 before.
    core::Id thankedId() const { return m_thankedId; }

private:
    GratitudeEntry *m_entry = nullptr;
    core::Id m_thankedId = 0;
};

} // namespace rapport::ui
