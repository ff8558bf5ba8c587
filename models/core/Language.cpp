// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/core/Language.h"

#include <map>
#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QTranslator>

namespace ovop {

namespace {
std::vector<std::unique_ptr<QTranslator>>& installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}
QString& currentCode()
{
    static QString code = QStringLiteral("en");
    return code;
}

// One translator per language for Language::translate, apart from the installed ones: loaded on
// first use and kept; a language whose file is missing keeps an empty translator (source texts).
struct OwnTranslators
{
    QMutex mutex;
    std::map<QString, std::unique_ptr<QTranslator>> byLanguage;
};
OwnTranslators& ownTranslators()
{
    static OwnTranslators translators;
    return translators;
}

QLocale localeOf(const QString& code)
{
    if (code == QLatin1String("ky"))
        return QLocale(QLocale::Kyrgyz, QLocale::Kyrgyzstan);
    if (code == QLatin1String("ru"))
        return QLocale(QLocale::Russian, QLocale::Kyrgyzstan);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}
} // namespace

QStringList Language::codes()
{
    return {QStringLiteral("ky"), QStringLiteral("ru"), QStringLiteral("en")};
}

bool Language::isValid(const QString& code)
{
    return codes().contains(code);
}

QString Language::nativeName(const QString& code)
{
    if (code == QLatin1String("ky"))
        return QStringLiteral("Кыргызча");
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    return QStringLiteral("English");
}

bool Language::install(const QString& code)
{
    if (!isValid(code))
        return false;
    for (auto& t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();

    auto add = [](const QString& file, const QString& dir) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(file, dir)) {
            QCoreApplication::installTranslator(translator.get());
            installed().push_back(std::move(translator));
        }
    };
    // Qt's own strings: Debian's qtbase_ru; our own Kyrgyz, since Qt ships none.
    if (code == QLatin1String("ru"))
        add(QStringLiteral("qtbase_ru"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    else if (code == QLatin1String("ky")) {
        add(QStringLiteral("qt_ky"), QStringLiteral(":/i18n"));
        add(QStringLiteral("qt_extra_ky"), QStringLiteral(":/i18n"));
    }
    add(QStringLiteral("ovop_") + code, QStringLiteral(":/i18n"));
    currentCode() = code;
    QLocale::setDefault(localeOf(code));
    return true;
}

QString Language::current()
{
    return currentCode();
}

QString Language::quoted(const QString& text, const QString& language)
{
    if (language == QLatin1String("en"))
        return QChar(0x201C) + text + QChar(0x201D);
    return QChar(0x00AB) + text + QChar(0x00BB);
}

QString Language::translate(const QString& language, const char* context, const char* sourceText,
                            const char* disambiguation, int n)
{
    QString text;
    if (isValid(language)) {
        OwnTranslators& own = ownTranslators();
        const QMutexLocker lock(&own.mutex);
        std::unique_ptr<QTranslator>& translator = own.byLanguage[language];
        if (!translator) {
            translator = std::make_unique<QTranslator>();
            (void)translator->load(QStringLiteral("ovop_") + language, QStringLiteral(":/i18n"));
        }
        text = translator->translate(context, sourceText, disambiguation, n);
    }
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    if (n >= 0) {
        // What QCoreApplication::translate does for the installed language, in this language.
        text.replace(QLatin1String("%Ln"), localeOf(language).toString(n));
        text.replace(QLatin1String("%n"), QString::number(n));
    }
    return text;
}

} // namespace ovop
