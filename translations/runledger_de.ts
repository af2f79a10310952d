<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Experiment history, timelines, token usage, costs and reproducibility of Persona runs, kept in a local SQLite database.</source>
        <translation>Experimentverlauf, Zeitleisten, Token-Verbrauch, Kosten und Reproduzierbarkeit von Persona-Läufen, gespeichert in einer lokalen SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>RunLedger&apos;s source code is under the MIT licence. The desktop application links Qt Charts and is therefore distributed under the GPL-3.0; runledger-cli does not use Qt Charts. Each library&apos;s licence is that of its Debian package.</source>
        <translation>Der Quellcode von RunLedger steht unter der MIT-Lizenz. Die Desktop-Anwendung bindet Qt Charts ein und wird daher unter der GPL-3.0 vertrieben; runledger-cli verwendet Qt Charts nicht. Für jede Bibliothek gilt die Lizenz ihres Debian-Pakets.</translation>
    </message>
    <message>
        <source>About RunLedger</source>
        <translation>Über RunLedger</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>warning</source>
        <extracomment>Budget status: spending passed the warn threshold.</extracomment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>exceeded</source>
        <extracomment>Budget status: spending passed the block threshold.</extracomment>
        <translation>überschritten</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>budget</comment>
        <extracomment>Budget status: within the limit.</extracomment>
        <translation>im Rahmen</translation>
    </message>
    <message>
        <source>weekly</source>
        <extracomment>Status bar, before the share spent: &quot;weekly 45%&quot;.</extracomment>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <extracomment>Status bar, before the share spent: &quot;monthly 45%&quot;.</extracomment>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>daily</source>
        <extracomment>Status bar, before the share spent: &quot;daily 45%&quot;.</extracomment>
        <translation>täglich</translation>
    </message>
    <message>
        <source>Weekly budget</source>
        <translation>Wochenbudget</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
    <message>
        <source>Daily budget</source>
        <translation>Tagesbudget</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>checksum</comment>
        <extracomment>Checksum status: the file on disk has the recorded checksum.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>mismatch</source>
        <extracomment>Checksum status: the file on disk has a different checksum.</extracomment>
        <translation>abweichend</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>invalid checksum</source>
        <extracomment>Checksum status: the recorded checksum is not a SHA-256.</extracomment>
        <translation>ungültige Prüfsumme</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>Checksum status: the file is not on disk.</extracomment>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>structured log</source>
        <translation>strukturiertes Protokoll</translation>
    </message>
    <message>
        <source>token usage</source>
        <translation>Token-Verbrauch</translation>
    </message>
    <message>
        <source>cost records</source>
        <translation>Kostendatensätze</translation>
    </message>
    <message>
        <source>metadata</source>
        <extracomment>Where a run&apos;s cost comes from: its metadata.json.</extracomment>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Kind of an input file that was not recognised.</extracomment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>cost record</source>
        <extracomment>Where a run&apos;s cost comes from: its cost record file.</extracomment>
        <translation>Kostendatensatz</translation>
    </message>
    <message>
        <source>LLM calls</source>
        <extracomment>Where a run&apos;s cost comes from: the sum of its LLM calls.</extracomment>
        <translation>LLM-Aufrufe</translation>
    </message>
    <message>
        <source>estimate</source>
        <extracomment>Where a cost comes from: priced from the price table.</extracomment>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>unpriced</source>
        <extracomment>A cost with no price in the table.</extracomment>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <source>system</source>
        <extracomment>Prompt component: the system prompt.</extracomment>
        <translation>System</translation>
    </message>
    <message>
        <source>data</source>
        <extracomment>Prompt component: the data part of the prompt.</extracomment>
        <translation>Daten</translation>
    </message>
    <message>
        <source>instructions</source>
        <extracomment>Prompt component: the instructions part of the prompt.</extracomment>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>other</source>
        <extracomment>Prompt component: input tokens outside the other components.</extracomment>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>no breakdown</source>
        <extracomment>Calls whose token record has no per-component breakdown.</extracomment>
        <translation>ohne Aufschlüsselung</translation>
    </message>
    <message>
        <source>output</source>
        <extracomment>Prompt component: the completion tokens.</extracomment>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>metadata</source>
        <comment>file kind</comment>
        <extracomment>Kind of input file: a run&apos;s metadata.json.</extracomment>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>The verification failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>These runs recorded no data file or configuration checksum to verify.</source>
        <translation>Diese Läufe haben keine Datendatei und keine Konfigurationsprüfsumme aufgezeichnet, die sich prüfen ließe.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>verification total</comment>
        <extracomment>A verification total: a count and a checksum status, e.g. &quot;7 ok&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln Lauf</numerusform>
            <numerusform>%Ln Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification cancelled after %1 of %2 files (%3): %4. What was verified is kept.</source>
        <translation>Prüfung nach %1 von %2 Dateien abgebrochen (%3): %4. Das bereits Geprüfte bleibt gespeichert.</translation>
    </message>
    <message>
        <source>%1 verified (%2): %3.</source>
        <extracomment>%1 &quot;12 files&quot;, %2 &quot;5 runs&quot;, %3 the totals per status.</extracomment>
        <translation>%1 geprüft (%2): %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>The results could not be stored: %1</source>
        <translation>Die Ergebnisse konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Verification cancelled before any file was checked.</source>
        <translation>Prüfung abgebrochen, bevor eine Datei geprüft wurde.</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Geschwindigkeit:</translation>
    </message>
    <message>
        <source>Remaining:</source>
        <translation>Verbleibend:</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Importierte Dateien</translation>
    </message>
    <message>
        <source>Rejected lines</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Export rejected lines as CSV…</source>
        <translation>Abgelehnte Zeilen als CSV &amp;exportieren…</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>missing field &apos;%1&apos;</source>
        <translation>Feld „%1“ fehlt</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; has the wrong type: expected an object</source>
        <translation>Feld „%1“ hat den falschen Typ (erwartet: ein Objekt)</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is empty</source>
        <translation>Feld „%1“ ist leer</translation>
    </message>
    <message>
        <source>not a line-based format</source>
        <translation>kein zeilenbasiertes Format</translation>
    </message>
    <message>
        <source>line longer than %1 MiB</source>
        <translation>Zeile länger als %1 MiB</translation>
    </message>
    <message>
        <source>not JSON and not a console log line</source>
        <translation>weder JSON noch eine Konsolen-Protokollzeile</translation>
    </message>
    <message>
        <source>not a JSON object (an array)</source>
        <translation>kein JSON-Objekt (ein Array)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>a JSON array, not a Persona log</source>
        <translation>ein JSON-Array, kein Persona-Protokoll</translation>
    </message>
    <message>
        <source>a JSON document without Persona run metadata</source>
        <translation>ein JSON-Dokument ohne Persona-Laufmetadaten</translation>
    </message>
    <message>
        <source>binary content, not a Persona log</source>
        <translation>binärer Inhalt, kein Persona-Protokoll</translation>
    </message>
    <message>
        <source>no Persona records in the first lines</source>
        <translation>keine Persona-Datensätze in den ersten Zeilen</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <source>lines with NaN or Infinity (not JSON), stored as null: %1</source>
        <translation>Zeilen mit NaN oder Infinity (kein JSON), als null gespeichert: %1</translation>
    </message>
    <message>
        <source>timestamps without a time zone, read as UTC: %1</source>
        <translation>Zeitstempel ohne Zeitzone, als UTC gelesen: %1</translation>
    </message>
    <message>
        <source>a folder where a file was expected</source>
        <translation>ein Ordner, wo eine Datei erwartet wurde</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, socket or device)</source>
        <translation>keine reguläre Datei (eine Pipe, ein Socket oder ein Gerät)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>database busy or read-only: %1</source>
        <translation>Datenbank belegt oder schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>metadata file larger than 64 MiB</source>
        <translation>Metadatendatei größer als 64 MiB</translation>
    </message>
    <message>
        <source>import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>null</source>
        <extracomment>The JSON value null, as in &quot;expected a string, got null&quot;.</extracomment>
        <translation>null</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; has the wrong type: expected %2, got %3</source>
        <translation>Feld „%1“ hat den falschen Typ (erwartet: %2, erhalten: %3)</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is negative</source>
        <translation>Feld „%1“ ist negativ</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is not a whole number</source>
        <translation>Feld „%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is out of range (%2 &gt; %3)</source>
        <translation>Feld „%1“ liegt außerhalb des Bereichs (%2 &gt; %3)</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is out of range (implausibly large)</source>
        <translation>Feld „%1“ liegt außerhalb des Bereichs (unplausibel groß)</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>ungültiges UTF-8</translation>
    </message>
    <message>
        <source>invalid JSON: nested too deeply (more than 1024 levels)</source>
        <translation>ungültiges JSON: zu tief verschachtelt (mehr als 1024 Ebenen)</translation>
    </message>
    <message>
        <source>invalid JSON: unterminated string</source>
        <translation>ungültiges JSON: nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>invalid JSON: control character (such as NUL) inside a string</source>
        <translation>ungültiges JSON: Steuerzeichen (etwa NUL) in einer Zeichenkette</translation>
    </message>
    <message>
        <source>invalid JSON: malformed or out-of-range number</source>
        <translation>ungültiges JSON: fehlerhafte Zahl oder Zahl außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>invalid JSON: malformed string escape</source>
        <translation>ungültiges JSON: fehlerhafte Escape-Sequenz in einer Zeichenkette</translation>
    </message>
    <message>
        <source>invalid JSON: misspelled true, false or null</source>
        <translation>ungültiges JSON: falsch geschriebenes true, false oder null</translation>
    </message>
    <message>
        <source>invalid JSON: malformed structure (a missing or extra comma, bracket or quote)</source>
        <translation>ungültiges JSON: fehlerhafte Struktur (fehlendes oder überzähliges Komma, Klammer oder Anführungszeichen)</translation>
    </message>
    <message>
        <source>invalid JSON: unclosed object or array</source>
        <translation>ungültiges JSON: nicht geschlossenes Objekt oder Array</translation>
    </message>
    <message>
        <source>invalid JSON: empty</source>
        <translation>ungültiges JSON: leer</translation>
    </message>
    <message>
        <source>line too long to parse</source>
        <translation>Zeile zu lang zum Einlesen</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>invalid timestamp &apos;%1&apos;</source>
        <translation>ungültiger Zeitstempel „%1“</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos;</source>
        <translation>unbekannte Stufe „%1“</translation>
    </message>
    <message>
        <source>%1.%2 is not a number; ignored</source>
        <translation>%1.%2 ist keine Zahl; ignoriert</translation>
    </message>
    <message>
        <source>generation.%1 &apos;%2&apos; is not a valid timestamp</source>
        <translation>generation.%1 „%2“ ist kein gültiger Zeitstempel</translation>
    </message>
    <message>
        <source>generation.%1 has no time zone; treated as UTC</source>
        <translation>generation.%1 hat keine Zeitzone; als UTC behandelt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an object; ignored</source>
        <translation>„%1“ ist kein Objekt; ignoriert</translation>
    </message>
    <message>
        <source>metadata is not a JSON object</source>
        <translation>Metadaten sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>metadata has no generation.run_id</source>
        <translation>Metadaten ohne generation.run_id</translation>
    </message>
    <message>
        <source>data_sources.files is not a list; ignored</source>
        <translation>data_sources.files ist keine Liste; ignoriert</translation>
    </message>
    <message>
        <source>data_sources.checksums is not an object; ignored</source>
        <translation>data_sources.checksums ist kein Objekt; ignoriert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list; ignored</source>
        <translation>„%1“ ist keine Liste; ignoriert</translation>
    </message>
    <message>
        <source>not a token usage record (event &apos;%1&apos;)</source>
        <translation>kein Token-Verbrauchsdatensatz (Ereignis „%1“)</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; has neither &apos;%2&apos; nor &apos;%3&apos;</source>
        <translation>Feld „%1“ hat weder „%2“ noch „%3“</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>records without an experiment whose run id several experiments share (%1): %2, each assigned to the run whose time span holds it</source>
        <translation>Datensätze ohne Experiment, deren Lauf-ID mehrere Experimente teilen (%1): %2, jeweils dem Lauf zugeordnet, in dessen Zeitspanne sie fallen</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
</context>
<context>
    <name>ReportVerifier</name>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>a folder, not a report file</source>
        <translation>ein Ordner, keine Berichtsdatei</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>too large for a RunLedger report (over %1 MiB)</source>
        <translation>zu groß für einen RunLedger-Bericht (über %1 MiB)</translation>
    </message>
    <message>
        <source>an empty file, not a RunLedger report</source>
        <translation>eine leere Datei, kein RunLedger-Bericht</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not a RunLedger report (no generator.name &quot;RunLedger&quot;)</source>
        <translation>kein RunLedger-Bericht (kein generator.name &quot;RunLedger&quot;)</translation>
    </message>
    <message>
        <source>not a RunLedger run report (no data_sources list)</source>
        <translation>kein RunLedger-Laufbericht (keine data_sources-Liste)</translation>
    </message>
    <message>
        <source>data_sources[%1] has no path</source>
        <translation>data_sources[%1] hat keinen Pfad</translation>
    </message>
    <message>
        <source>%1 bytes: too large for a checksum file</source>
        <translation>%1 Bytes: zu groß für eine Prüfsummendatei</translation>
    </message>
    <message>
        <source>line %1 is not &quot;&lt;64 hex digits&gt;  &lt;file name&gt;&quot;</source>
        <translation>Zeile %1 hat nicht die Form &quot;&lt;64 Hex-Ziffern&gt;  &lt;Dateiname&gt;&quot;</translation>
    </message>
    <message>
        <source>no checksum line</source>
        <translation>keine Prüfsummenzeile</translation>
    </message>
    <message>
        <source>it is the checksum of %1, not of %2</source>
        <translation>sie ist die Prüfsumme von %1, nicht von %2</translation>
    </message>
    <message>
        <source>the report&apos;s SHA-256 is %1; %2 says %3</source>
        <translation>der SHA-256 des Berichts ist %1; %2 nennt %3</translation>
    </message>
    <message>
        <source>; its .sha256 does not vouch for it either (%1)</source>
        <translation>; auch seine .sha256-Datei bestätigt ihn nicht (%1)</translation>
    </message>
</context>
<context>
    <name>RunFilterBar</name>
    <message>
        <source>Search runs</source>
        <translation>Läufe durchsuchen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Model filter</source>
        <translation>Modellfilter</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Started from</source>
        <translation>Gestartet ab</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Started until</source>
        <translation>Gestartet bis</translation>
    </message>
    <message>
        <source>Has errors</source>
        <translation>Mit Fehlern</translation>
    </message>
    <message>
        <source>Search runs, experiments, models, events… (Ctrl+F)</source>
        <translation>Läufe, Experimente, Modelle, Ereignisse durchsuchen… (Strg+F)</translation>
    </message>
    <message>
        <source>Runs whose id, experiment or any model used contains the text, and runs with an event or structured entry holding every word (in its message or payload; the last word may be the start of a word)</source>
        <translation>Läufe, deren ID, Experiment oder eines der verwendeten Modelle den Text enthält, und Läufe mit einem Ereignis oder strukturierten Eintrag, der jedes Wort enthält (in Meldung oder Nutzdaten; das letzte Wort darf der Anfang eines Wortes sein)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>&amp;Datenbankdatei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durc&amp;hsuchen…</translation>
    </message>
    <message>
        <source>Show times in:</source>
        <translation>Zeiten anzeigen in:</translation>
    </message>
    <message>
        <source>&amp;Local time</source>
        <translation>&amp;Ortszeit</translation>
    </message>
    <message>
        <source>&amp;UTC</source>
        <translation>&amp;UTC</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>Sprache der Benutzeroberfläche</translation>
    </message>
    <message>
        <source>A new database file is created when it does not exist; the app switches to it when you press OK.</source>
        <translation>Existiert die Datenbankdatei nicht, wird sie neu angelegt; die App wechselt zu ihr, sobald Sie auf OK klicken.</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>&amp;Daily limit</source>
        <translation>&amp;Tageslimit</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>Daily limit in USD</source>
        <translation>Tageslimit in USD</translation>
    </message>
    <message>
        <source>&amp;Weekly limit</source>
        <translation>&amp;Wochenlimit</translation>
    </message>
    <message>
        <source>Weekly limit in USD</source>
        <translation>Wochenlimit in USD</translation>
    </message>
    <message>
        <source>&amp;Monthly limit</source>
        <translation>&amp;Monatslimit</translation>
    </message>
    <message>
        <source>Monthly limit in USD</source>
        <translation>Monatslimit in USD</translation>
    </message>
    <message>
        <source>Wa&amp;rn at:</source>
        <translation>Wa&amp;rnen bei:</translation>
    </message>
    <message>
        <source> of the limit</source>
        <translation> des Limits</translation>
    </message>
    <message>
        <source>&amp;Block at:</source>
        <translation>&amp;Blockieren bei:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Weeks start on:</source>
        <translation>Wochen beginnen am:</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Periods are calendar days, weeks and months in this zone. A period is a warning when spending reaches the warn fraction of its limit, and exceeded at the block fraction (runledger-cli budget then exits with 1).</source>
        <translation>Zeiträume sind Kalendertage, -wochen und -monate in dieser Zeitzone. Ein Zeitraum gilt als Warnung, sobald die Ausgaben den Warnanteil seines Limits erreichen, und als überschritten ab dem Blockieranteil (runledger-cli budget endet dann mit dem Exit-Code 1).</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>USD per million tokens. Calls logged with cost 0 are priced from this table and shown as estimates. A model&apos;s exact name wins over an alias; of its rows, the latest one in effect on the call&apos;s date applies, so old calls keep old prices.</source>
        <translation>USD pro Million Tokens. Aufrufe, die mit Kosten 0 protokolliert wurden, werden anhand dieser Tabelle bepreist und als Schätzungen angezeigt. Der exakte Name eines Modells hat Vorrang vor einem Alias; von seinen Zeilen gilt die neueste, die am Datum des Aufrufs in Kraft ist, sodass alte Aufrufe ihre alten Preise behalten.</translation>
    </message>
    <message>
        <source>Price table</source>
        <translation>Preistabelle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Aliases (comma separated)</source>
        <translation>Aliasse (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Input $/1M</source>
        <translation>Eingabe $/1 Mio.</translation>
    </message>
    <message>
        <source>Output $/1M</source>
        <translation>Ausgabe $/1 Mio.</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>&amp;Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Data file paths recorded on another machine can be read from a local folder. One mapping per line, recorded prefix = local folder, for example /Users/alice/research=/home/me/research. The longest matching prefix applies; runledger-cli verify --map adds to these.</source>
        <translation>Auf einem anderen Rechner aufgezeichnete Pfade von Datendateien können aus einem lokalen Ordner gelesen werden. Eine Zuordnung pro Zeile, aufgezeichnetes Präfix = lokaler Ordner, zum Beispiel /Users/alice/research=/home/me/research. Es gilt das längste passende Präfix; runledger-cli verify --map ergänzt diese Zuordnungen.</translation>
    </message>
    <message>
        <source>Path prefix mappings</source>
        <translation>Zuordnungen von Pfadpräfixen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Replace the table with one read from a JSON file</source>
        <translation>Die Tabelle durch eine aus einer JSON-Datei gelesene ersetzen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the table as JSON (the format runledger-cli costs --prices reads)</source>
        <translation>Die Tabelle als JSON speichern (das Format, das runledger-cli costs --prices liest)</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Experiment history, timelines and costs of Persona runs.</source>
        <translation>Experimentverlauf, Zeitleisten und Kosten von Persona-Läufen.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Diese Datenbankdatei öffnen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Open the bundled sample project.</source>
        <translation>Das mitgelieferte Beispielprojekt öffnen.</translation>
    </message>
    <message>
        <source>Watch this folder and import what it gets.</source>
        <translation>Diesen Ordner überwachen und neu hinzukommende Dateien importieren.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Print how long the runs, the Tokens and the Costs views take, then quit.</source>
        <translation>Ausgeben, wie lange die Ansichten Läufe, Tokens und Kosten benötigen, dann beenden.</translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation>Zu importierende Dateien oder Ordner.</translation>
    </message>
    <message>
        <source>[PATH...]</source>
        <translation>[PFAD...]</translation>
    </message>
</context>
<context>
    <name>runledger::BudgetGauge</name>
    <message>
        <source>%1: %2 of %3 spent, %4</source>
        <translation>%1: %2 von %3 ausgegeben, %4</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 von %2 · %3</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 verbleibend</translation>
    </message>
</context>
<context>
    <name>runledger::ChartPanel</name>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>Export the chart as %1</source>
        <translation>Diagramm als %1 exportieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 data</source>
        <translation>%1 (Daten)</translation>
    </message>
    <message>
        <source>First %1 of %2 rows; the CSV export has all of them.</source>
        <translation>Erste %1 von %2 Zeilen; der CSV-Export enthält alle.</translation>
    </message>
</context>
<context>
    <name>runledger::CompareDialog</name>
    <message>
        <source>Compare runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>&amp;Differences only</source>
        <translation>Nur &amp;Unterschiede</translation>
    </message>
    <message>
        <source>&amp;Transpose</source>
        <translation>&amp;Transponieren</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <translation>Laufvergleich</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Als &amp;Markdown kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%1; %2 of %Ln fact(s) differ</source>
        <extracomment>%1 is &quot;3 runs&quot;; then &quot;5 of 40 facts differ&quot;.</extracomment>
        <translation>
            <numerusform>%1; Unterschiede bei %2 von %Ln Merkmal</numerusform>
            <numerusform>%1; Unterschiede bei %2 von %Ln Merkmalen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runledger::CostsView</name>
    <message>
        <source>Scope:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Alle Läufe</translation>
    </message>
    <message>
        <source>Selected experiment</source>
        <translation>Ausgewähltes Experiment</translation>
    </message>
    <message>
        <source>Cost scope</source>
        <translation>Kostenbereich</translation>
    </message>
    <message>
        <source>No budget is set. Set daily, weekly or monthly limits in File → Settings → Budgets.</source>
        <translation>Kein Budget festgelegt. Legen Sie Tages-, Wochen- oder Monatslimits unter Datei → Einstellungen → Budgets fest.</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Pro Woche</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>History period</source>
        <translation>Verlaufszeitraum</translation>
    </message>
    <message>
        <source>Spend history</source>
        <translation>Ausgabenverlauf</translation>
    </message>
    <message>
        <source>Cost by model</source>
        <translation>Kosten nach Modell</translation>
    </message>
    <message>
        <source>Cost by step</source>
        <translation>Kosten nach Schritt</translation>
    </message>
    <message>
        <source>Cost per run</source>
        <translation>Kosten pro Lauf</translation>
    </message>
    <message>
        <source>Estimated vs actual</source>
        <translation>Geschätzt vs. tatsächlich</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Gesamt %1</translation>
    </message>
    <message>
        <source> (of which %1 estimated from the price table)</source>
        <translation> (davon %1 anhand der Preistabelle geschätzt)</translation>
    </message>
    <message>
        <source>Could not compute costs: %1</source>
        <translation>Kosten konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>spent</source>
        <translation>ausgegeben</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>Warnschwelle</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>Spent (USD)</source>
        <translation>Ausgegeben (USD)</translation>
    </message>
    <message>
        <source>logged</source>
        <translation>protokolliert</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
    <message>
        <source>Estimated part</source>
        <translation>Geschätzter Anteil</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Calls priced (%)</source>
        <translation>Bepreiste Aufrufe (%)</translation>
    </message>
    <message>
        <source>variance %</source>
        <translation>Abweichung %</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>file&apos;s variance disagrees</source>
        <translation>Abweichung laut Datei widerspricht</translation>
    </message>
    <message>
        <source>actual vs estimate, %</source>
        <translation>tatsächlich vs. Schätzung, %</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Variance (USD)</source>
        <translation>Abweichung (USD)</translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation>Abweichung %</translation>
    </message>
    <message>
        <source>Recorded %</source>
        <translation>Erfasst %</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Hinweis</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) state a variance that disagrees with actual − estimate</source>
        <translation>
            <numerusform>%n Datensatz nennt eine Abweichung, die nicht zu tatsächlich − Schätzung passt</numerusform>
            <numerusform>%n Datensätze nennen eine Abweichung, die nicht zu tatsächlich − Schätzung passt</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 of %2 priced (%3 with their own cost, %4 from the price table, %5 unpriced)</source>
        <extracomment>%1 a percentage, %2 &quot;200 LLM calls&quot;; applies to runs priced from their calls.</extracomment>
        <translation> · %1 von %2 bepreist (%3 mit eigenen Kosten, %4 aus der Preistabelle, %5 ohne Preis)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln LLM call(s)</source>
        <translation>
            <numerusform>%Ln LLM-Aufruf</numerusform>
            <numerusform>%Ln LLM-Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Time zone %1; weeks start on %2.</source>
        <translation>Zeitzone %1; Wochen beginnen am %2.</translation>
    </message>
    <message>
        <source>resets %1</source>
        <translation>neuer Zeitraum ab %1</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>A cost record&apos;s breakdown is charged to the models whose calls made each step, in proportion to their cost; the rest to the record&apos;s model.</source>
        <translation>Die Aufschlüsselung eines Kostendatensatzes wird den Modellen zugerechnet, deren Aufrufe den jeweiligen Schritt ausgeführt haben, im Verhältnis zu ihren Kosten; der Rest dem Modell des Datensatzes.</translation>
    </message>
</context>
<context>
    <name>runledger::EmptyStateWidget</name>
    <message>
        <source>No experiments yet</source>
        <translation>Noch keine Experimente</translation>
    </message>
    <message>
        <source>RunLedger reads the logs the Persona tool writes (events, token usage, costs and run metadata) and shows your experiment history, timelines and costs.

Import a Persona experiments folder, or open the bundled sample project to see every view populated. You can also drop files or folders onto this window.</source>
        <translation>RunLedger liest die Protokolle, die das Persona-Tool schreibt (Ereignisse, Token-Verbrauch, Kosten und Laufmetadaten), und zeigt Ihren Experimentverlauf, Zeitleisten und Kosten.

Importieren Sie einen Persona-Experimentordner oder öffnen Sie das mitgelieferte Beispielprojekt, um alle Ansichten mit Daten zu sehen. Sie können auch Dateien oder Ordner auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <source>Open sample data</source>
        <translation>Beispieldaten öffnen</translation>
    </message>
</context>
<context>
    <name>runledger::EventTableModel</name>
    <message>
        <source>debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>%1 (as logged)</source>
        <translation>%1 (wie protokolliert)</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Versatz</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>runledger::ExperimentTimelineView</name>
    <message>
        <source>MMM d HH:mm</source>
        <extracomment>Date format of the experiment timeline axis (QDateTime format).</extracomment>
        <translation>d. MMM HH:mm</translation>
    </message>
    <message>
        <source>No runs with a start time match the filter.</source>
        <translation>Keine Läufe mit Startzeit entsprechen dem Filter.</translation>
    </message>
    <message>
        <source>lane %1</source>
        <translation>Spur %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 %4&lt;br&gt;%5 (%6)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 %4&lt;br&gt;%5 (%6)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n run(s), times in %2. Click a run to open it.</source>
        <translation>
            <numerusform>%1 — %n Lauf, Zeiten in %2. Klicken Sie auf einen Lauf, um ihn zu öffnen.</numerusform>
            <numerusform>%1 — %n Läufe, Zeiten in %2. Klicken Sie auf einen Lauf, um ihn zu öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2
%3
started %4 %5
duration %6
cost %7%8
%9, %10</source>
        <extracomment>Run tooltip; %7 is the cost, %8 &quot; (cost record)&quot; or empty, %9 &quot;2 errors&quot;, %10 &quot;1 warning&quot;.</extracomment>
        <translation>%1 — %2
%3
Gestartet: %4 %5
Dauer: %6
Kosten: %7%8
%9, %10</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runledger::ImportProgressDialog</name>
    <message>
        <source>Cancelling: the current file is rolled back…</source>
        <translation>Wird abgebrochen: Der Import der aktuellen Datei wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 MB/s (%2 of %3 MB)</source>
        <translation>%1 MB/s (%2 von %3 MB)</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>wird geschätzt…</translation>
    </message>
</context>
<context>
    <name>runledger::ImportReportDialog</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Pending bytes</source>
        <translation>Ausstehende Bytes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>unchanged since the last import</source>
        <translation>seit dem letzten Import unverändert</translation>
    </message>
    <message>
        <source>rewritten or truncated: read again</source>
        <translation>neu geschrieben oder gekürzt: erneut gelesen</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>nicht importiert: %1</translation>
    </message>
    <message>
        <source>FAILED, nothing kept: %1</source>
        <translation>FEHLGESCHLAGEN, nichts übernommen: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Export rejected lines</source>
        <translation>Abgelehnte Zeilen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not Persona logs and were not imported.</source>
        <translation>
            <numerusform>%n Datei war kein Persona-Protokoll und wurde nicht importiert.</numerusform>
            <numerusform>%n Dateien waren keine Persona-Protokolle und wurden nicht importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed and were rolled back.</source>
        <translation>
            <numerusform>Der Import von %n Datei ist fehlgeschlagen und wurde rückgängig gemacht.</numerusform>
            <numerusform>Der Import von %n Dateien ist fehlgeschlagen und wurde rückgängig gemacht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the file being read was rolled back.</source>
        <translation>Der Import wurde abgebrochen; der Import der gerade gelesenen Datei wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>%1 read in %2: %3 imported, %4 skipped, %5 rejected.</source>
        <extracomment>%1 &quot;12 files&quot;, %2 a duration, %3 &quot;300 records&quot;, %4 &quot;2 duplicates&quot;, %5 &quot;1 line&quot;.</extracomment>
        <translation>%1 in %2 gelesen: %3 importiert, %4 übersprungen, %5 abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln Datensatz</numerusform>
            <numerusform>%Ln Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln Duplikat</numerusform>
            <numerusform>%Ln Duplikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more rejected line(s) not listed</source>
        <translation>
            <numerusform>%Ln weitere abgelehnte Zeile nicht aufgeführt</numerusform>
            <numerusform>%Ln weitere abgelehnte Zeilen nicht aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) or link(s) could not be read.</source>
        <translation>
            <numerusform>%n Ordner oder Verknüpfung konnte nicht gelesen werden.</numerusform>
            <numerusform>%n Ordner oder Verknüpfungen konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runledger::MainWindow</name>
    <message>
        <source>RunLedger</source>
        <translation>RunLedger</translation>
    </message>
    <message>
        <source>Run timeline</source>
        <translation>Lauf-Zeitleiste</translation>
    </message>
    <message>
        <source>Experiment timeline</source>
        <translation>Experiment-Zeitleiste</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Costs &amp;&amp; budget</source>
        <translation>Kosten &amp;&amp; Budget</translation>
    </message>
    <message>
        <source>Reproducibility</source>
        <translation>Reproduzierbarkeit</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Reading new lines…</source>
        <translation>Neue Zeilen werden gelesen…</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>%1 wird überwacht</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>%1 — RunLedger</source>
        <translation>%1 — RunLedger</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Watch Folder…</source>
        <translation>Ordner über&amp;wachen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>&amp;Stop Watching</source>
        <translation>Überwachung s&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Recent &amp;Databases</source>
        <translation>Zuletzt geöffnete &amp;Datenbanken</translation>
    </message>
    <message>
        <source>Recent Fo&amp;lders</source>
        <translation>Zuletzt geöffnete Ord&amp;ner</translation>
    </message>
    <message>
        <source>Open S&amp;ample Data</source>
        <translation>Bei&amp;spieldaten öffnen</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Find Runs</source>
        <translation>Läufe &amp;suchen</translation>
    </message>
    <message>
        <source>Run &amp;Timeline</source>
        <translation>Lauf-&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Experiment Timeline</source>
        <translation>&amp;Experiment-Zeitleiste</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>To&amp;kens</source>
        <translation>&amp;Tokens</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Costs &amp;&amp; Budget</source>
        <translation>&amp;Kosten &amp;&amp; Budget</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Re&amp;producibility</source>
        <translation>&amp;Reproduzierbarkeit</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Runs…</source>
        <translation>Ausgewählte Läufe &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About RunLedger</source>
        <translation>Ü&amp;ber RunLedger</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>, %1 rejected</source>
        <translation>, %1 abgelehnt</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Some lines could not be imported: see File → Import Files… on that folder for the report.</source>
        <translation>Einige Zeilen konnten nicht importiert werden: Den Bericht erhalten Sie, wenn Sie diesen Ordner über Datei → Dateien importieren… importieren.</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>Select two or more runs in the list (Ctrl+click or Shift+click), then compare.</source>
        <translation>Wählen Sie zwei oder mehr Läufe in der Liste aus (Strg+Klick oder Umschalt+Klick) und vergleichen Sie sie dann.</translation>
    </message>
    <message>
        <source>No budget set</source>
        <translation>Kein Budget festgelegt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Status bar budget part, e.g. &quot;daily 45%&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 spent (%4)</source>
        <translation>%1: %2 von %3 ausgegeben (%4)</translation>
    </message>
    <message>
        <source>Budget %1: %2</source>
        <translation>Budget (%1): %2</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>New costs changed the budget status:
%1</source>
        <translation>Neue Kosten haben den Budgetstatus geändert:
%1</translation>
    </message>
    <message>
        <source>Import Persona log files</source>
        <translation>Persona-Protokolldateien importieren</translation>
    </message>
    <message>
        <source>Persona logs (*.jsonl *.json *.ndjson *.log);;All files (*)</source>
        <translation>Persona-Protokolle (*.jsonl *.json *.ndjson *.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a Persona experiments folder</source>
        <translation>Persona-Experimentordner importieren</translation>
    </message>
    <message>
        <source>Watch a Persona experiments folder</source>
        <translation>Persona-Experimentordner überwachen</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Datenbank öffnen oder anlegen</translation>
    </message>
    <message>
        <source>RunLedger databases (*.sqlite *.db);;All files (*)</source>
        <translation>RunLedger-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln experiment(s)</source>
        <translation>
            <numerusform>%Ln Experiment</numerusform>
            <numerusform>%Ln Experimente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln Lauf</numerusform>
            <numerusform>%Ln Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln file(s) failed</source>
        <translation>
            <numerusform>, %Ln Datei fehlgeschlagen</numerusform>
            <numerusform>, %Ln Dateien fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last import at %1: %Ln new record(s)</source>
        <translation>
            <numerusform>Letzter Import um %1: %Ln neuer Datensatz</numerusform>
            <numerusform>Letzter Import um %1: %Ln neue Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>The new language applies when RunLedger next starts; an import or a verification is running.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von RunLedger; ein Import oder eine Prüfung läuft gerade.</translation>
    </message>
    <message>
        <source>&amp;Verify Selected Runs</source>
        <translation>Ausgewählte Läufe &amp;prüfen</translation>
    </message>
    <message>
        <source>Re-hash the data files of the selected runs and compare them with the recorded SHA-256 (Ctrl+Shift+V)</source>
        <translation>Die Datendateien der ausgewählten Läufe neu hashen und mit der aufgezeichneten SHA-256 vergleichen (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source>Verify E&amp;xperiment</source>
        <translation>E&amp;xperiment prüfen</translation>
    </message>
    <message>
        <source>Verify every run of the experiment chosen on the left, or of the selected run</source>
        <translation>Alle Läufe des links gewählten Experiments prüfen, sonst die des Experiments des ausgewählten Laufs</translation>
    </message>
    <message>
        <source>Verify &amp;All Runs</source>
        <translation>&amp;Alle Läufe prüfen</translation>
    </message>
    <message>
        <source>Verify the data files of every run in the database</source>
        <translation>Die Datendateien aller Läufe in der Datenbank prüfen</translation>
    </message>
    <message>
        <source>Select one or more runs to verify.</source>
        <translation>Wählen Sie einen oder mehrere Läufe zum Prüfen aus.</translation>
    </message>
    <message>
        <source>Choose an experiment, or one of its runs, to verify it.</source>
        <translation>Wählen Sie ein Experiment oder einen seiner Läufe, um es zu prüfen.</translation>
    </message>
    <message>
        <source>Verifying data files…</source>
        <translation>Datendateien werden geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln folder(s) or link(s) not readable</source>
        <translation>
            <numerusform>, %Ln Ordner oder Verknüpfung nicht lesbar</numerusform>
            <numerusform>, %Ln Ordner oder Verknüpfungen nicht lesbar</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Verify Report…</source>
        <translation>Bericht &amp;prüfen…</translation>
    </message>
    <message>
        <source>Re-hash the data files a JSON report lists and check the report against its .sha256</source>
        <translation>Prüfsummen der Datendateien eines JSON-Berichts neu berechnen und den Bericht mit seiner .sha256-Datei vergleichen</translation>
    </message>
    <message>
        <source>Verify Report</source>
        <translation>Bericht prüfen</translation>
    </message>
    <message>
        <source>JSON reports (*.json);;All files (*)</source>
        <translation>JSON-Berichte (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>runledger::ReportDialog</name>
    <message>
        <source>Reproducibility report — %1</source>
        <translation>Reproduzierbarkeitsbericht — %1</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (eine eigenständige Datei)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Saved %1, with its checksum in %1.sha256.</source>
        <translation>%1 gespeichert, die Prüfsumme in %1.sha256.</translation>
    </message>
</context>
<context>
    <name>runledger::ReproducibilityView</name>
    <message>
        <source>Select a run to see how it was made.</source>
        <translation>Wählen Sie einen Lauf aus, um zu sehen, wie er entstanden ist.</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Prüfungsfortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Datendatei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recorded SHA-256</source>
        <translation>Aufgezeichneter SHA-256</translation>
    </message>
    <message>
        <source>Current SHA-256</source>
        <translation>Aktueller SHA-256</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Resolved path</source>
        <translation>Aufgelöster Pfad</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Recorded checksum</source>
        <translation>Aufgezeichnete Prüfsumme</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Output checksums</source>
        <translation>Ausgabe-Prüfsummen</translation>
    </message>
    <message>
        <source>Double-click a row to verify it against a file you pick.</source>
        <translation>Doppelklicken Sie auf eine Zeile, um sie mit einer Datei Ihrer Wahl abzugleichen.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Previous run</source>
        <translation>Vorheriger Lauf</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>Dieser Lauf</translation>
    </message>
    <message>
        <source>Changes since the previous run</source>
        <translation>Änderungen seit dem vorherigen Lauf</translation>
    </message>
    <message>
        <source>Checksums recorded across the experiment&apos;s runs</source>
        <translation>In den Läufen des Experiments aufgezeichnete Prüfsummen</translation>
    </message>
    <message>
        <source>Checksum drift</source>
        <translation>Prüfsummen-Drift</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Fehler und Warnungen</translation>
    </message>
    <message>
        <source>Changes since previous run</source>
        <translation>Änderungen seit vorherigem Lauf</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>extra key</source>
        <translation>zusätzlicher Schlüssel</translation>
    </message>
    <message>
        <source>error event</source>
        <translation>Fehlerereignis</translation>
    </message>
    <message>
        <source>metadata %1</source>
        <translation>Metadaten %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · started %4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · gestartet %4 · %5</translation>
    </message>
    <message>
        <source>Changes since previous run (none)</source>
        <translation>Änderungen seit vorherigem Lauf (keine)</translation>
    </message>
    <message>
        <source>Changes since %1 (%2)</source>
        <translation>Änderungen seit %1 (%2)</translation>
    </message>
    <message>
        <source>Checksum drift (none)</source>
        <translation>Prüfsummen-Drift (keine)</translation>
    </message>
    <message>
        <source>Checksum drift (%1)</source>
        <translation>Prüfsummen-Drift (%1)</translation>
    </message>
    <message>
        <source>File that the &apos;%1&apos; checksum belongs to</source>
        <translation>Datei zur Prüfsumme „%1“</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <extracomment>Verification progress: %v files done of %m.</extracomment>
        <translation>%v von %m Dateien</translation>
    </message>
    <message>
        <source>Verification totals</source>
        <translation>Prüfungssummen</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Files that did not verify</source>
        <translation>Dateien, deren Prüfung nicht bestanden wurde</translation>
    </message>
    <message>
        <source>Double-click a row to select its run.</source>
        <translation>Doppelklicken Sie auf eine Zeile, um ihren Lauf auszuwählen.</translation>
    </message>
    <message>
        <source>Verification problems</source>
        <translation>Prüfungsprobleme</translation>
    </message>
    <message>
        <source>files last verified %1</source>
        <translation>Dateien zuletzt geprüft am %1</translation>
    </message>
    <message>
        <source>files never verified</source>
        <translation>Dateien nie geprüft</translation>
    </message>
    <message>
        <source>Verification problems (%1)</source>
        <translation>Prüfungsprobleme (%1)</translation>
    </message>
</context>
<context>
    <name>runledger::RunBrowser</name>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>Beliebiges Modell</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>All experiments</source>
        <translation>Alle Experimente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>All experiments (%Ln run(s))</source>
        <translation>
            <numerusform>Alle Experimente (%Ln Lauf)</numerusform>
            <numerusform>Alle Experimente (%Ln Läufe)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
id %2
%3, %4 failed, %5</source>
        <extracomment>Experiment tooltip: name, id, &quot;4 runs&quot;, failed count, cost.</extracomment>
        <translation>%1
ID %2
%3, davon fehlgeschlagen: %4, Kosten: %5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln Lauf</numerusform>
            <numerusform>%Ln Läufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runledger::RunListModel</name>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Cost from: %1</source>
        <translation>Kostenquelle: %1</translation>
    </message>
    <message>
        <source>Error and warning events</source>
        <translation>Fehler- und Warnungsereignisse</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started (%1)</source>
        <translation>Gestartet (%1)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Tokens in / out</source>
        <translation>Tokens ein / aus</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Cost source</source>
        <translation>Kostenquelle</translation>
    </message>
    <message>
        <source>Err / warn</source>
        <translation>Fehl. / Warn.</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <extracomment>The run&apos;s main model and how many other models its calls used.</extracomment>
        <translation>%1 +%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln call(s)</source>
        <extracomment>A model the run used, with its number of LLM calls.</extracomment>
        <translation>
            <numerusform>%1: %Ln Aufruf</numerusform>
            <numerusform>%1: %Ln Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no calls</source>
        <translation>%1: keine Aufrufe</translation>
    </message>
</context>
<context>
    <name>runledger::RunTimelineView</name>
    <message>
        <source>Select a run to see its timeline.</source>
        <translation>Wählen Sie einen Lauf aus, um seine Zeitleiste zu sehen.</translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation>Spuren:</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>Nach Stufe</translation>
    </message>
    <message>
        <source>By event family</source>
        <translation>Nach Ereignisfamilie</translation>
    </message>
    <message>
        <source>Timeline lanes</source>
        <translation>Zeitleisten-Spuren</translation>
    </message>
    <message>
        <source>Zoom in (+, wheel)</source>
        <translation>Vergrößern (+, Mausrad)</translation>
    </message>
    <message>
        <source>Zoom out (-, wheel)</source>
        <translation>Verkleinern (-, Mausrad)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole run (Home, right click)</source>
        <translation>Den ganzen Lauf anzeigen (Pos1, Rechtsklick)</translation>
    </message>
    <message>
        <source>seconds since the run started</source>
        <translation>Sekunden seit Start des Laufs</translation>
    </message>
    <message>
        <source>No events for this run.</source>
        <translation>Keine Ereignisse für diesen Lauf.</translation>
    </message>
    <message>
        <source>Event name filter</source>
        <translation>Filter für Ereignisnamen</translation>
    </message>
    <message>
        <source>Filter messages and payloads…</source>
        <translation>Meldungen und Nutzdaten filtern…</translation>
    </message>
    <message>
        <source>Event text filter</source>
        <translation>Filter für Ereignistext</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Select an event to see its payload.</source>
        <translation>Wählen Sie ein Ereignis aus, um seine Nutzdaten zu sehen.</translation>
    </message>
    <message>
        <source>Event payload</source>
        <translation>Nutzdaten des Ereignisses</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <source>Copy the selected event as JSON (Ctrl+Shift+C)</source>
        <translation>Das ausgewählte Ereignis als JSON kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>The events of %1 could not be read: %2</source>
        <translation>Die Ereignisse von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Run &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Lauf &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>LLM calls</source>
        <translation>LLM-Aufrufe</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>data</source>
        <comment>lane</comment>
        <extracomment>Timeline lane of data loading events.</extracomment>
        <translation>Daten</translation>
    </message>
    <message>
        <source>generation</source>
        <translation>Generierung</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>output</source>
        <comment>lane</comment>
        <extracomment>Timeline lane of output and checkpoint events.</extracomment>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>other</source>
        <comment>lane</comment>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>LLM call %1
%2
%3 s%4</source>
        <translation>LLM-Aufruf %1
%2
%3 s%4</translation>
    </message>
    <message>
        <source> — failed</source>
        <translation> — fehlgeschlagen</translation>
    </message>
    <message>
        <source>from %1, line %2</source>
        <translation>aus %1, Zeile %2</translation>
    </message>
    <message>
        <source>(no payload)</source>
        <translation>(keine Nutzdaten)</translation>
    </message>
</context>
<context>
    <name>runledger::SettingsDialog</name>
    <message>
        <source>System zone</source>
        <translation>Systemzeitzone</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>RunLedger databases (*.sqlite *.db);;All files (*)</source>
        <translation>RunLedger-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Row %1 (%2): prices must be non-negative numbers and the date YYYY-MM-DD or empty.</source>
        <translation>Zeile %1 (%2): Preise müssen nicht negative Zahlen sein, und das Datum muss im Format JJJJ-MM-TT angegeben werden oder leer sein.</translation>
    </message>
    <message>
        <source>Mapping line %1 is not FROM=TO: %2</source>
        <translation>Zuordnungszeile %1 hat nicht die Form VON=NACH: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone name such as Europe/Berlin.</source>
        <translation>„%1“ ist kein Zeitzonenname wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>The warn threshold must not be above the block threshold.</source>
        <translation>Die Warnschwelle darf nicht über der Blockierschwelle liegen.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Export price table</source>
        <translation>Preistabelle exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import price table</source>
        <translation>Preistabelle importieren</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a price table: %2</source>
        <extracomment>%2 says what is wrong, in English (as the command-line tool says it).</extracomment>
        <translation>%1 ist keine Preistabelle: %2</translation>
    </message>
</context>
<context>
    <name>runledger::TimelineChartView</name>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;i&gt;and %n more here (zoom in to separate)&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;i&gt;und %n weiterer Eintrag hier (zum Trennen vergrößern)&lt;/i&gt;</numerusform>
            <numerusform>&lt;br&gt;&lt;i&gt;und %n weitere Einträge hier (zum Trennen vergrößern)&lt;/i&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runledger::TokensView</name>
    <message>
        <source>Scope:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>All runs in the date range</source>
        <translation>Alle Läufe im Datumsbereich</translation>
    </message>
    <message>
        <source>Selected experiment</source>
        <translation>Ausgewähltes Experiment</translation>
    </message>
    <message>
        <source>Selected run</source>
        <translation>Ausgewählter Lauf</translation>
    </message>
    <message>
        <source>Token scope</source>
        <translation>Token-Bereich</translation>
    </message>
    <message>
        <source>Tokens by step</source>
        <translation>Tokens nach Schritt</translation>
    </message>
    <message>
        <source>Tokens by model</source>
        <translation>Tokens nach Modell</translation>
    </message>
    <message>
        <source>Prompt components</source>
        <translation>Prompt-Bestandteile</translation>
    </message>
    <message>
        <source>Tokens per day by model</source>
        <translation>Tokens pro Tag nach Modell</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>out/in</source>
        <translation>aus/ein</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Bestandteil</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>%1 input tokens come from calls that gave no breakdown.</source>
        <translation>%1 Eingabe-Tokens stammen aus Aufrufen ohne Aufschlüsselung.</translation>
    </message>
    <message>
        <source>MMM d</source>
        <extracomment>Date format of the per-day axis (QDateTime format: month name and day).</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>no run selected</source>
        <translation>Kein Lauf ausgewählt</translation>
    </message>
    <message>
        <source>experiment %1</source>
        <translation>Experiment %1</translation>
    </message>
    <message>
        <source>no experiment selected</source>
        <translation>Kein Experiment ausgewählt</translation>
    </message>
    <message>
        <source>the browser&apos;s date range</source>
        <translation>Datumsbereich der Laufübersicht</translation>
    </message>
    <message>
        <source>all runs</source>
        <translation>Alle Läufe</translation>
    </message>
    <message>
        <source>%1: %2, %3 input and %4 output tokens (output/input %5)</source>
        <translation>%1: %2, %3 Eingabe- und %4 Ausgabe-Tokens (Ausgabe/Eingabe %5)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln Aufruf</numerusform>
            <numerusform>%Ln Aufrufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runledger::VerifyReportDialog</name>
    <message>
        <source>Verify Report — %1</source>
        <translation>Bericht prüfen — %1</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>Hashing progress</source>
        <translation>Fortschritt der Prüfsummenberechnung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Datendatei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recorded SHA-256</source>
        <translation>Aufgezeichneter SHA-256</translation>
    </message>
    <message>
        <source>Current SHA-256</source>
        <translation>Aktueller SHA-256</translation>
    </message>
    <message>
        <source>Resolved path</source>
        <translation>Aufgelöster Pfad</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Data files of the report</source>
        <translation>Datendateien des Berichts</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Bericht wird gelesen…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message>
        <source>This file cannot be verified: %1</source>
        <translation>Diese Datei kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Run %1, report generated at %2</source>
        <translation>Lauf %1, Bericht erstellt am %2</translation>
    </message>
    <message>
        <source>The report matches its checksum file %1.</source>
        <translation>Der Bericht stimmt mit seiner Prüfsummendatei %1 überein.</translation>
    </message>
    <message>
        <source>No checksum file (%1) lies beside the report: the report itself is not checked.</source>
        <translation>Neben dem Bericht liegt keine Prüfsummendatei (%1): Der Bericht selbst wird nicht geprüft.</translation>
    </message>
    <message>
        <source>The report does NOT match its checksum file: it was changed after it was written. %1</source>
        <translation>Der Bericht stimmt NICHT mit seiner Prüfsummendatei überein: Er wurde nach dem Schreiben geändert. %1</translation>
    </message>
    <message>
        <source>The checksum file %1 is for another file: %2</source>
        <translation>Die Prüfsummendatei %1 gehört zu einer anderen Datei: %2</translation>
    </message>
    <message>
        <source>The checksum file %1 cannot be used: %2</source>
        <translation>Die Prüfsummendatei %1 ist unbrauchbar: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n data file(s): %1.</source>
        <translation>
            <numerusform>%n Datendatei: %1.</numerusform>
            <numerusform>%n Datendateien: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the other files were not hashed.</source>
        <translation>Abgebrochen: Die übrigen Dateien wurden nicht geprüft.</translation>
    </message>
    <message>
        <source>Everything verifies.</source>
        <translation>Alles stimmt überein.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hashing the data files the report lists…</source>
        <translation>Prüfsummen der im Bericht aufgeführten Datendateien werden berechnet…</translation>
    </message>
</context>
</TS>
