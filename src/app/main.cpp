// SPDX-License-Identifier: MIT
// runledger: the desktop app.
#include "import/importcontroller.h"
#include "language.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "theme.h"
#include "timeformat.h"
#include "views/costsview.h"
#include "views/tokensview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <memory>

using namespace runledger;

int main(int argc, char* argv[]) {
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("runledger"));
    QApplication::setOrganizationName(QStringLiteral("runledger"));
    QApplication::setApplicationDisplayName(QStringLiteral("RunLedger"));
    QApplication::setApplicationVersion(QStringLiteral(RUNLEDGER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("runledger"));
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/runledger.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    AppSettings settings;
    Language::apply(settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Experiment history, timelines and costs of Persona runs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QCoreApplication::translate("main", "Open this database file."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption sampleOption(
        QStringLiteral("sample"),
        QCoreApplication::translate("main", "Open the bundled sample project."));
    const QCommandLineOption watchOption(
        QStringLiteral("watch"),
        QCoreApplication::translate("main", "Watch this folder and import what it gets."),
        QCoreApplication::translate("main", "FOLDER"));
    const QCommandLineOption timingOption(
        QStringLiteral("measure-startup"),
        QCoreApplication::translate(
            "main", "Print how long the runs, the Tokens and the Costs views take, then quit."));
    parser.addOptions({dbOption, sampleOption, watchOption, timingOption});
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QCoreApplication::translate("main", "Files or folders to import."),
                                 QCoreApplication::translate("main", "[PATH...]"));
    parser.process(app);

    TimeFormat::setDisplay(settings.timeDisplay());
    applyTheme(settings.theme());

    auto owned = std::make_unique<MainWindow>(settings);
    MainWindow& window = *owned;
    if (parser.isSet(timingOption)) {
        // Launch to runs shown, then the Tokens and the Costs & budget views:
        // query time (worker thread) and chart build time (UI thread).
        QObject::connect(&window, &MainWindow::runsShown, &app, [&](int rows, qint64 queryMs) {
            static bool first = true;
            if (!first)
                return;
            first = false;
            QTextStream(stderr) << "runs shown: " << rows << " rows, " << sinceLaunch.elapsed()
                                << " ms after launch (query " << queryMs << " ms)\n";
            window.detailTabs()->setCurrentWidget(window.tokens());
        });
        QObject::connect(window.tokens(), &TokensView::updated, &app, [&](qint64 q, qint64 d) {
            QTextStream(stderr) << "tokens view: query " << q << " ms, charts " << d << " ms\n";
            window.detailTabs()->setCurrentWidget(window.costs());
        });
        QObject::connect(window.costs(), &CostsView::updated, &app, [&](qint64 q, qint64 d) {
            QTextStream(stderr) << "costs view: query " << q << " ms, charts " << d << " ms\n";
            QTimer::singleShot(0, &app, &QApplication::quit);
        });
    }
    window.show();
    if (parser.isSet(sampleOption)) {
        window.openSampleData();
    } else {
        const QString db =
            parser.isSet(dbOption) ? parser.value(dbOption) : settings.databasePath();
        if (!window.openDatabase(db))
            window.openDatabase(settings.databasePath());
    }
    if (!parser.positionalArguments().isEmpty())
        window.importPaths(parser.positionalArguments());
    if (parser.isSet(watchOption))
        window.imports()->watchFolder(parser.value(watchOption));
    // A language change rebuilds the window in the new language, on the same
    // database, tab, selected run and watched folder. The old window closes
    // (saving its layout) and is destroyed, ending its worker threads, before
    // the translators and the default locale change.
    std::function<void(MainWindow*)> onLanguageChange = [&](MainWindow* w) {
        QObject::connect(w, &MainWindow::languageChanged, &app, [&, w]() {
            QTimer::singleShot(0, &app, [&, w]() {
                const MainWindow::Session session = w->session();
                w->close();
                owned.reset();
                Language::apply(settings.language());
                owned = std::make_unique<MainWindow>(settings);
                MainWindow* rebuilt = owned.get();
                rebuilt->show();
                rebuilt->resume(session);
                onLanguageChange(rebuilt);
            });
        });
    };
    onLanguageChange(owned.get());
    return app.exec();
}
