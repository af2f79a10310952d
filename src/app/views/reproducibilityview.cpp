// SPDX-License-Identifier: MIT
#include "reproducibilityview.h"

#include "displaynames.h"
#include "integrity/runcomparison.h"
#include "integrity/sha256file.h"
#include "models/databaseworker.h"
#include "models/runlistmodel.h"
#include "plaintext.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "timeformat.h"

#include <QApplication>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

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
    QString runId, experiment, experimentFolder, status, started, model;
    QList<QStringList> data, outputs, config, environment, changes, drift, messages;
    QList<int> dataStatus, outputStatus; // VerifyStatus per row, -1: not verified
    QString previousRunId;
};

ReproducibilityView::ReproducibilityView(DatabaseWorker* worker, AppSettings& settings,
                                         QWidget* parent)
    : LazyView(parent)
    , m_worker(worker)
    , m_settings(settings) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_title = new QLabel(tr("Select a run to see how it was made."), this);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_title, 1);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Verification progress"));
    top->addWidget(m_progress);
    m_verifyButton = new QPushButton(tr("&Verify data files"), this);
    m_verifyButton->setToolTip(
        tr("Re-hash the run's data files and compare with the recorded SHA-256 (Ctrl+Shift+V)"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setVisible(false);
    m_exportButton = new QPushButton(tr("&Export report…"), this);
    top->addWidget(m_verifyButton);
    top->addWidget(m_cancelButton);
    top->addWidget(m_exportButton);
    layout->addLayout(top);

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
    m_tabs->addTab(m_messages, tr("Errors and warnings"));
    split->addWidget(m_data);
    split->addWidget(m_outputs);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 3);
    layout->addWidget(split, 1);

    connect(m_verifyButton, &QPushButton::clicked, this, &ReproducibilityView::verify);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReproducibilityView::cancelVerification);
    connect(m_exportButton, &QPushButton::clicked, this, [this]() {
        if (m_runKey > 0)
            emit exportRequested(m_runKey);
    });
    connect(m_outputs, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { verifyOutputAgainstFile(row); });
    m_verifyButton->setEnabled(false);
    m_exportButton->setEnabled(false);
}

ReproducibilityView::~ReproducibilityView() {
    if (m_cancel)
        m_cancel->store(true);
}

void ReproducibilityView::showRun(qint64 runKey, const QString& runId) {
    m_runKey = runKey;
    m_runId = runId;
    m_verifyButton->setEnabled(runKey > 0 && !m_verifying);
    m_exportButton->setEnabled(runKey > 0);
    invalidate();
}

void ReproducibilityView::reload() {
    if (m_runKey <= 0)
        return;
    const qint64 runKey = m_runKey;
    const quint64 generation = ++m_generation;
    m_worker->run<Data>(
        this,
        [runKey](Database& db) {
            Data d;
            QSqlDatabase& c = db.connection();
            QSqlQuery q(c);
            q.prepare(QStringLiteral(
                "SELECT r.run_id, coalesce(e.name, e.experiment_id, ''), e.folder, r.status, "
                "r.started_us, r.model, r.experiment_ref FROM runs r LEFT JOIN experiments e "
                "ON e.id = r.experiment_ref WHERE r.id = ?"));
            q.addBindValue(runKey);
            qint64 experimentKey = 0;
            if (q.exec() && q.next()) {
                d.runId = q.value(0).toString();
                d.experiment = q.value(1).toString();
                d.experimentFolder = q.value(2).toString();
                d.status = q.value(3).toString();
                d.started =
                    q.value(4).isNull() ? QString() : TimeFormat::dateTime(q.value(4).toLongLong());
                d.model = q.value(5).toString();
                experimentKey = q.value(6).toLongLong();
            }
            QString error;
            QHash<QString, VerifyResult> verified;
            for (const VerifyResult& v : ChecksumVerifier::stored(c, runKey, &error))
                verified.insert(v.path, v);
            q.prepare(QStringLiteral("SELECT path, coalesce(recorded_checksum, '') FROM "
                                     "data_sources WHERE run_ref = ? ORDER BY path"));
            q.addBindValue(runKey);
            if (q.exec()) {
                while (q.next()) {
                    const QString path = q.value(0).toString();
                    const VerifyResult v = verified.value(path);
                    const bool known = verified.contains(path);
                    d.dataStatus << (known ? static_cast<int>(v.status) : -1);
                    d.data << QStringList{
                        path,
                        known ? DisplayNames::verifyStatus(v.status) : tr("not verified"),
                        q.value(1).toString(),
                        known ? (v.actual.isEmpty() ? v.detail : v.actual) : QString(),
                        known ? TimeFormat::dateTime(v.verifiedAtUs) : QString(),
                        known ? v.resolvedPath : QString()};
                }
            }
            q.prepare(QStringLiteral(
                "SELECT label, checksum FROM output_checksums WHERE run_ref = ? ORDER BY label"));
            q.addBindValue(runKey);
            if (q.exec()) {
                while (q.next()) {
                    const QString label = q.value(0).toString();
                    const VerifyResult v = verified.value(QStringLiteral("output:") + label);
                    const bool known = verified.contains(QStringLiteral("output:") + label);
                    d.outputStatus << (known ? static_cast<int>(v.status) : -1);
                    d.outputs << QStringList{label, q.value(1).toString(),
                                             known ? DisplayNames::verifyStatus(v.status)
                                                   : tr("not verified"),
                                             known ? v.resolvedPath : QString()};
                }
            }
            q.prepare(QStringLiteral(
                "SELECT key, value, is_extra FROM run_config WHERE run_ref = ? ORDER BY key"));
            q.addBindValue(runKey);
            if (q.exec()) {
                while (q.next()) {
                    const QByteArray raw = q.value(1).toString().toUtf8();
                    const QJsonDocument doc = QJsonDocument::fromJson("[" + raw + "]");
                    const QJsonValue v = doc.isArray() ? doc.array().at(0) : QJsonValue();
                    d.config << QStringList{q.value(0).toString(),
                                            v.isString() ? v.toString() : QString::fromUtf8(raw),
                                            q.value(2).toBool() ? tr("extra key") : QString()};
                }
            }
            q.prepare(QStringLiteral(
                "SELECT key, value FROM run_environment WHERE run_ref = ? ORDER BY key"));
            q.addBindValue(runKey);
            if (q.exec()) {
                while (q.next())
                    d.environment << QStringList{q.value(0).toString(), q.value(1).toString()};
            }
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
            q.prepare(QStringLiteral("SELECT ts_us, message, event FROM events WHERE run_ref = ? "
                                     "AND level = 3 ORDER BY ts_us"));
            q.addBindValue(runKey);
            if (q.exec()) {
                while (q.next())
                    d.messages << QStringList{
                        tr("error event"), TimeFormat::dateTime(q.value(0).toLongLong()),
                        q.value(2).toString() + QStringLiteral(": ") + q.value(1).toString()};
            }
            q.prepare(QStringLiteral("SELECT kind, message FROM run_messages WHERE run_ref = ? "
                                     "ORDER BY kind, position"));
            q.addBindValue(runKey);
            if (q.exec()) {
                while (q.next())
                    d.messages << QStringList{tr("metadata %1").arg(q.value(0).toString()),
                                              QString(), q.value(1).toString()};
            }
            return d;
        },
        [this, generation](Data d) {
            if (generation == m_generation)
                apply(d);
        });
}

void ReproducibilityView::apply(const Data& d) {
    m_experimentFolder = d.experimentFolder;
    m_title->setText(tr("<b>%1</b> · %2 · %3 · started %4 · %5")
                         .arg(d.runId.toHtmlEscaped(), d.experiment.toHtmlEscaped(),
                              RunListModel::statusLabel(d.status), d.started,
                              d.model.toHtmlEscaped()));
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

void ReproducibilityView::verify() {
    if (m_runKey <= 0 || m_verifying || m_dbPath.isEmpty())
        return;
    m_verifying = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_verifyButton->setEnabled(false);
    m_cancelButton->setVisible(true);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    const qint64 runKey = m_runKey;
    const QString dbPath = m_dbPath;
    const QList<PathMapping> mappings = m_settings.pathMappings();
    const QString configPath = m_experimentFolder.isEmpty()
                                   ? QString()
                                   : m_experimentFolder + QStringLiteral("/config.yaml");
    const auto cancel = m_cancel;
    QPointer<ReproducibilityView> self(this);
    QThread* thread = QThread::create([=]() {
        Database db;
        int files = 0, problems = 0;
        if (db.open(dbPath)) {
            QString error;
            QList<VerifyTarget> targets =
                ChecksumVerifier::targets(db.connection(), runKey, mappings, &error);
            // The experiment's config.yaml for the "config" output checksum.
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral(
                "SELECT checksum FROM output_checksums WHERE run_ref = ? AND label = 'config'"));
            q.addBindValue(runKey);
            if (!configPath.isEmpty() && q.exec() && q.next()) {
                VerifyTarget t;
                t.runKey = runKey;
                t.path = QStringLiteral("output:config");
                t.recorded = q.value(0).toString();
                t.candidates = QStringList{configPath};
                targets.append(t);
            }
            const QList<VerifyResult> results = ChecksumVerifier::verify(
                targets, QDateTime::currentMSecsSinceEpoch() * 1000, cancel.get(),
                [self, total = targets.size()](const VerifyProgress& p) {
                    QMetaObject::invokeMethod(qApp, [self, p, total]() {
                        if (self) {
                            self->m_progress->setRange(0, static_cast<int>(total));
                            self->m_progress->setValue(p.filesDone);
                        }
                    });
                });
            ChecksumVerifier::store(db.connection(), results);
            files = static_cast<int>(results.size());
            for (const VerifyResult& r : results)
                problems += r.status != VerifyStatus::Ok;
        }
        QMetaObject::invokeMethod(qApp, [self, files, problems]() {
            if (!self)
                return;
            self->m_verifying = false;
            self->m_verifyButton->setEnabled(self->m_runKey > 0);
            self->m_cancelButton->setVisible(false);
            self->m_progress->setVisible(false);
            self->refresh();
            emit self->verificationFinished(files, problems);
        });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ReproducibilityView::cancelVerification() {
    if (m_cancel)
        m_cancel->store(true);
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
