// SPDX-License-Identifier: MIT
#include "reproducibilityview.h"

#include "displaynames.h"
#include "integrity/runcomparison.h"
#include "integrity/sha256file.h"
#include "models/databaseworker.h"
#include "models/runlistmodel.h"
#include "models/verificationrunner.h"
#include "plaintext.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "timeformat.h"

#include <QAction>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace runledger {

namespace {

QTableWidget* makeTable(const QStringList& headers, QWidget* parent, const QString& name) {
    auto* t = new QTableWidget(parent);
    t->setColumnCount(static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->setWordWrap(false);
    t->setTextElideMode(Qt::ElideMiddle);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAccessibleName(name);
    return t;
}

// statuses: per row, the VerifyStatus shown in statusColumn (-1: none).
void fill(QTableWidget* t, const QList<QStringList>& rows, int statusColumn = -1,
          const QList<int>& statuses = {}) {
    t->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            auto* item = new QTableWidgetItem(rows.at(r).at(c));
            item->setToolTip(plainToolTip(rows.at(r).at(c)));
            if (c == statusColumn) {
                item->setForeground(DisplayNames::verifyStatusColor(statuses.value(r, -1)));
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            t->setItem(r, c, item);
        }
    }
    t->resizeColumnsToContents();
    for (int c = 0; c < t->columnCount() - 1; ++c)
        t->setColumnWidth(c, std::min(t->columnWidth(c), 360));
}

} // namespace

struct ReproducibilityView::Data {
    QString runId, experiment, status, started, model;
    QList<QStringList> data, outputs, config, environment, changes, drift, messages;
    QList<int> dataStatus, outputStatus; // VerifyStatus per row, -1: not verified
    QString previousRunId;
    qint64 lastVerifiedUs = 0; // the latest verification of any of its files
};

namespace {

// A run's identity; its experiment's key.
qint64 loadIdentity(QSqlDatabase& c, qint64 runKey, QString* runId, QString* experiment,
                    QString* status, QString* started, QString* model) {
    QSqlQuery q(c);
    q.prepare(QStringLiteral("SELECT r.run_id, coalesce(e.name, e.experiment_id, ''), r.status, "
                             "r.started_us, r.model, r.experiment_ref FROM runs r LEFT JOIN "
                             "experiments e ON e.id = r.experiment_ref WHERE r.id = ?"));
    q.addBindValue(runKey);
    if (!q.exec() || !q.next())
        return 0;
    *runId = q.value(0).toString();
    *experiment = q.value(1).toString();
    *status = q.value(2).toString();
    *started = q.value(3).isNull() ? QString() : TimeFormat::dateTime(q.value(3).toLongLong());
    *model = q.value(4).toString();
    return q.value(5).toLongLong();
}

// Rows of `sql` (bound to the run), each mapped by `row`.
void eachRow(QSqlDatabase& c, const QString& sql, qint64 runKey,
             const std::function<void(const QSqlQuery&)>& row) {
    QSqlQuery q(c);
    q.prepare(sql);
    q.addBindValue(runKey);
    if (q.exec()) {
        while (q.next())
            row(q);
    }
}

} // namespace

ReproducibilityView::ReproducibilityView(DatabaseWorker* worker, AppSettings& settings,
                                         QWidget* parent)
    : LazyView(parent)
    , m_worker(worker)
    , m_settings(settings)
    , m_verifier(new VerificationRunner(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_title = new QLabel(tr("Select a run to see how it was made."), this);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true); // long in some languages: wraps rather than widen the window
    top->addWidget(m_title, 1);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(260);
    m_progress->setAccessibleName(tr("Verification progress"));
    //: Verification progress: %v files done of %m.
    m_progress->setFormat(tr("%v of %m files"));
    top->addWidget(m_progress);
    m_verifyButton = new QToolButton(this);
    m_verifyButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_verifyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_verifyButton->setVisible(false); // until it has its actions
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setVisible(false);
    m_exportButton = new QPushButton(tr("&Export report…"), this);
    top->addWidget(m_verifyButton);
    top->addWidget(m_cancelButton);
    top->addWidget(m_exportButton);
    layout->addLayout(top);
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Verification totals"));
    m_summary->setWordWrap(true);
    m_summary->setVisible(false);
    layout->addWidget(m_summary);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_data = makeTable({tr("Data file"), tr("Status"), tr("Recorded SHA-256"),
                        tr("Current SHA-256"), tr("Last verified"), tr("Resolved path")},
                       split, tr("Data sources"));
    m_outputs = makeTable({tr("Output"), tr("Recorded checksum"), tr("Status"), tr("File")}, split,
                          tr("Output checksums"));
    m_outputs->setToolTip(tr("Double-click a row to verify it against a file you pick."));
    m_tabs = new QTabWidget(split);
    m_config = makeTable({tr("Key"), tr("Value"), tr("Note")}, m_tabs, tr("Configuration"));
    m_environment = makeTable({tr("Key"), tr("Value")}, m_tabs, tr("Environment"));
    m_changes = makeTable({tr("What"), tr("Previous run"), tr("This run")}, m_tabs,
                          tr("Changes since the previous run"));
    m_drift = makeTable({tr("Data file"), tr("Checksums recorded across the experiment's runs")},
                        m_tabs, tr("Checksum drift"));
    m_messages =
        makeTable({tr("Kind"), tr("Time"), tr("Message")}, m_tabs, tr("Errors and warnings"));
    m_tabs->addTab(m_config, tr("Configuration"));
    m_tabs->addTab(m_environment, tr("Environment"));
    m_tabs->addTab(m_changes, tr("Changes since previous run"));
    m_tabs->addTab(m_drift, tr("Checksum drift"));
    m_problems = makeTable({tr("Experiment"), tr("Run"), tr("Data file"), tr("Status"),
                            tr("Detail"), tr("Resolved path")},
                           m_tabs, tr("Files that did not verify"));
    m_problems->setToolTip(tr("Double-click a row to select its run."));
    m_tabs->addTab(m_messages, tr("Errors and warnings"));
    m_tabs->addTab(m_problems, tr("Verification problems"));
    split->addWidget(m_data);
    split->addWidget(m_outputs);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 3);
    layout->addWidget(split, 1);

    connect(m_cancelButton, &QPushButton::clicked, this, &ReproducibilityView::cancelVerification);
    connect(m_exportButton, &QPushButton::clicked, this, [this]() {
        if (m_runKey > 0)
            emit exportRequested(m_runKey);
    });
    connect(m_outputs, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { verifyOutputAgainstFile(row); });
    connect(m_problems, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_problemRuns.size())
            emit runActivated(m_problemRuns.at(row));
    });
    connect(m_verifier, &VerificationRunner::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_verifier, &VerificationRunner::finished, this, &ReproducibilityView::onVerified);
    m_exportButton->setEnabled(false);
}

ReproducibilityView::~ReproducibilityView() = default;

void ReproducibilityView::showRun(qint64 runKey, const QString& runId) {
    m_runKey = runKey;
    m_runId = runId;
    m_exportButton->setEnabled(runKey > 0);
    invalidate();
}

void ReproducibilityView::setDatabasePath(const QString& path) {
    if (path != m_dbPath)
        m_verifier->cancel(); // its results belong to the other database
    m_dbPath = path;
    m_verifier->setDatabasePath(path);
}

void ReproducibilityView::setVerifyActions(const QList<QAction*>& actions) {
    m_verifyActions = actions;
    if (actions.isEmpty())
        return;
    auto* menu = new QMenu(m_verifyButton);
    menu->addActions(actions);
    m_verifyButton->setMenu(menu);
    m_verifyButton->setDefaultAction(actions.first()); // enabled as the action is
    m_verifyButton->setVisible(true);
    setVerifying(isVerifying());
}

bool ReproducibilityView::isVerifying() const {
    return m_verifier->isRunning();
}

void ReproducibilityView::reload() {
    if (m_runKey <= 0)
        return;
    const qint64 runKey = m_runKey;
    const quint64 generation = ++m_generation;
    m_worker->run<Data>(
        this, [runKey](Database& db) { return load(db, runKey); },
        [this, generation](Data d) {
            if (generation == m_generation)
                apply(d);
        });
}

// Runs on the database worker.
ReproducibilityView::Data ReproducibilityView::load(Database& db, qint64 runKey) {
    Data d;
    QSqlDatabase& c = db.connection();
    const qint64 experimentKey =
        loadIdentity(c, runKey, &d.runId, &d.experiment, &d.status, &d.started, &d.model);
    QString error;
    QHash<QString, VerifyResult> verified;
    for (const VerifyResult& v : ChecksumVerifier::stored(c, runKey, &error)) {
        verified.insert(v.path, v);
        d.lastVerifiedUs = std::max(d.lastVerifiedUs, v.verifiedAtUs);
    }
    eachRow(c,
            QStringLiteral("SELECT path, coalesce(recorded_checksum, '') FROM data_sources "
                           "WHERE run_ref = ? ORDER BY path"),
            runKey, [&](const QSqlQuery& q) {
                const auto v = verified.constFind(q.value(0).toString());
                const bool known = v != verified.constEnd();
                d.dataStatus << (known ? static_cast<int>(v->status) : -1);
                d.data << QStringList{
                    q.value(0).toString(),
                    known ? DisplayNames::verifyStatus(v->status) : tr("not verified"),
                    q.value(1).toString(),
                    known ? (v->actual.isEmpty() ? v->detail : v->actual) : QString(),
                    known ? TimeFormat::dateTime(v->verifiedAtUs) : QString(),
                    known ? v->resolvedPath : QString()};
            });
    eachRow(c,
            QStringLiteral("SELECT label, checksum FROM output_checksums WHERE run_ref = ? "
                           "ORDER BY label"),
            runKey, [&](const QSqlQuery& q) {
                const QString label = q.value(0).toString();
                const auto v = verified.constFind(QStringLiteral("output:") + label);
                const bool known = v != verified.constEnd();
                d.outputStatus << (known ? static_cast<int>(v->status) : -1);
                d.outputs << QStringList{label, q.value(1).toString(),
                                         known ? DisplayNames::verifyStatus(v->status)
                                               : tr("not verified"),
                                         known ? v->resolvedPath : QString()};
            });
    eachRow(c,
            QStringLiteral(
                "SELECT key, value, is_extra FROM run_config WHERE run_ref = ? ORDER BY key"),
            runKey, [&](const QSqlQuery& q) {
                const QByteArray raw = q.value(1).toString().toUtf8();
                const QJsonDocument doc = QJsonDocument::fromJson("[" + raw + "]");
                const QJsonValue v = doc.isArray() ? doc.array().at(0) : QJsonValue();
                d.config << QStringList{q.value(0).toString(),
                                        v.isString() ? v.toString() : QString::fromUtf8(raw),
                                        q.value(2).toBool() ? tr("extra key") : QString()};
            });
    eachRow(c,
            QStringLiteral("SELECT key, value FROM run_environment WHERE run_ref = ? ORDER BY key"),
            runKey, [&](const QSqlQuery& q) {
                d.environment << QStringList{q.value(0).toString(), q.value(1).toString()};
            });
    const qint64 previous = RunComparison::previousRun(c, runKey);
    if (previous > 0) {
        const RunFacts before = RunComparison::facts(c, previous, &error);
        const RunFacts after = RunComparison::facts(c, runKey, &error);
        d.previousRunId = before.runId;
        for (const FactChange& ch : RunComparison::changes(before, after))
            d.changes << QStringList{ch.key, ch.before, ch.after};
    }
    if (experimentKey > 0) {
        for (const DriftEntry& e : RunComparison::drift(c, experimentKey, &error)) {
            QStringList parts;
            for (const auto& [run, sum] : e.checksums)
                parts << run + QStringLiteral(": ") + sum.left(12) + QStringLiteral("…");
            d.drift << QStringList{e.path, parts.join(QStringLiteral(", "))};
        }
    }
    eachRow(c,
            QStringLiteral("SELECT ts_us, message, event FROM events WHERE run_ref = ? AND "
                           "level = 3 ORDER BY ts_us"),
            runKey, [&](const QSqlQuery& q) {
                d.messages << QStringList{
                    tr("error event"), TimeFormat::dateTime(q.value(0).toLongLong()),
                    q.value(2).toString() + QStringLiteral(": ") + q.value(1).toString()};
            });
    eachRow(c,
            QStringLiteral("SELECT kind, message FROM run_messages WHERE run_ref = ? ORDER BY "
                           "kind, position"),
            runKey, [&](const QSqlQuery& q) {
                d.messages << QStringList{tr("metadata %1").arg(q.value(0).toString()), QString(),
                                          q.value(1).toString()};
            });
    return d;
}

void ReproducibilityView::apply(const Data& d) {
    m_title->setText(tr("<b>%1</b> · %2 · %3 · started %4 · %5")
                         .arg(d.runId.toHtmlEscaped(), d.experiment.toHtmlEscaped(),
                              RunListModel::statusLabel(d.status), d.started,
                              d.model.toHtmlEscaped()) +
                     QStringLiteral(" · ") +
                     (d.lastVerifiedUs > 0
                          ? tr("files last verified %1").arg(TimeFormat::dateTime(d.lastVerifiedUs))
                          : tr("files never verified")));
    fill(m_data, d.data, 1, d.dataStatus);
    fill(m_outputs, d.outputs, 2, d.outputStatus);
    fill(m_config, d.config);
    fill(m_environment, d.environment);
    fill(m_changes, d.changes);
    fill(m_drift, d.drift);
    fill(m_messages, d.messages);
    m_tabs->setTabText(
        2, d.previousRunId.isEmpty()
               ? tr("Changes since previous run (none)")
               : tr("Changes since %1 (%2)").arg(d.previousRunId).arg(d.changes.size()));
    m_tabs->setTabText(3, d.drift.isEmpty() ? tr("Checksum drift (none)")
                                            : tr("Checksum drift (%1)").arg(d.drift.size()));
    emit loaded();
}

bool ReproducibilityView::verify(const VerifyScope& scope) {
    if (!m_verifier->start(scope, m_settings.pathMappings()))
        return false;
    setVerifying(true);
    emit verificationStarted();
    return true;
}

void ReproducibilityView::cancelVerification() {
    m_verifier->cancel();
}

void ReproducibilityView::setVerifying(bool verifying) {
    for (QAction* a : std::as_const(m_verifyActions))
        a->setEnabled(!verifying);
    m_cancelButton->setVisible(verifying);
    m_progress->setVisible(verifying);
    m_progress->setRange(0, 0); // busy until the first progress
}

QString ReproducibilityView::summaryText() const {
    return m_summary->text();
}

void ReproducibilityView::onVerified(const VerifySummary& summary) {
    setVerifying(false);
    m_summary->setText(DisplayNames::verifySummary(summary));
    m_summary->setVisible(true);
    QList<QStringList> rows;
    QList<int> statuses;
    m_problemRuns.clear();
    for (const VerifyResult& r : summary.results) {
        if (r.status == VerifyStatus::Ok)
            continue;
        if (rows.size() == kMaxProblemRows)
            break;
        rows << QStringList{r.experimentId, r.runId,
                            r.path,         DisplayNames::verifyStatus(r.status),
                            r.detail,       r.resolvedPath};
        statuses << static_cast<int>(r.status);
        m_problemRuns << r.runKey;
    }
    fill(m_problems, rows, 3, statuses);
    m_tabs->setTabText(m_tabs->indexOf(m_problems),
                       tr("Verification problems (%1)").arg(summary.totals.problems()));
    refresh();
    emit verificationFinished(summary);
}

void ReproducibilityView::verifyOutputAgainstFile(int row) {
    if (row < 0 || !m_outputs->item(row, 0) || m_dbPath.isEmpty())
        return;
    const QString label = m_outputs->item(row, 0)->text();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("File that the '%1' checksum belongs to").arg(label));
    if (path.isEmpty())
        return;
    VerifyTarget t;
    t.runKey = m_runKey;
    t.runId = m_runId;
    t.path = QStringLiteral("output:") + label;
    t.recorded = m_outputs->item(row, 1)->text();
    t.candidates = QStringList{path};
    const VerifyResult r =
        ChecksumVerifier::verifyOne(t, QDateTime::currentMSecsSinceEpoch() * 1000);
    Database db;
    if (db.open(m_dbPath))
        ChecksumVerifier::store(db.connection(), {r});
    refresh();
}

} // namespace runledger
