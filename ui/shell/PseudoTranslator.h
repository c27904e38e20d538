#pragma once

#include <QTranslator>

namespace rapport::ui {

// A translator that makes every string about 40 % longer (and marks where it starts and
// ends), to see that no layout clips a longer language such as German before anyone has
// translated a word. Started with RAPPORT_PSEUDO_TRANSLATE=1.
class PseudoTranslator final : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override;
    bool isEmpty() const override { return false; }
};

} // namespace rapport::ui
