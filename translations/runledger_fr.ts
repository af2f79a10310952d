<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Experiment history, timelines, token usage, costs and reproducibility of Persona runs, kept in a local SQLite database.</source>
        <translation>Historique des expériences, chronologies, consommation de jetons, coûts et reproductibilité des exécutions Persona, conservés dans une base de données SQLite locale.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>RunLedger&apos;s source code is under the MIT licence. The desktop application links Qt Charts and is therefore distributed under the GPL-3.0; runledger-cli does not use Qt Charts. Each library&apos;s licence is that of its Debian package.</source>
        <translation>Le code source de RunLedger est publié sous licence MIT. L&apos;application de bureau est liée à Qt Charts et est donc distribuée sous licence GPL-3.0 ; runledger-cli n&apos;utilise pas Qt Charts. La licence de chaque bibliothèque est celle de son paquet Debian.</translation>
    </message>
    <message>
        <source>About RunLedger</source>
        <translation>À propos de RunLedger</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>warning</source>
        <extracomment>Budget status: spending passed the warn threshold.</extracomment>
        <translation>en alerte</translation>
    </message>
    <message>
        <source>exceeded</source>
        <extracomment>Budget status: spending passed the block threshold.</extracomment>
        <translation>dépassé</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>budget</comment>
        <extracomment>Budget status: within the limit.</extracomment>
        <translation>ok</translation>
    </message>
    <message>
        <source>weekly</source>
        <extracomment>Status bar, before the share spent: &quot;weekly 45%&quot;.</extracomment>
        <translation>hebdomadaire</translation>
    </message>
    <message>
        <source>monthly</source>
        <extracomment>Status bar, before the share spent: &quot;monthly 45%&quot;.</extracomment>
        <translation>mensuel</translation>
    </message>
    <message>
        <source>daily</source>
        <extracomment>Status bar, before the share spent: &quot;daily 45%&quot;.</extracomment>
        <translation>quotidien</translation>
    </message>
    <message>
        <source>Weekly budget</source>
        <translation>Budget hebdomadaire</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Budget mensuel</translation>
    </message>
    <message>
        <source>Daily budget</source>
        <translation>Budget quotidien</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>checksum</comment>
        <extracomment>Checksum status: the file on disk has the recorded checksum.</extracomment>
        <translation>conforme</translation>
    </message>
    <message>
        <source>mismatch</source>
        <extracomment>Checksum status: the file on disk has a different checksum.</extracomment>
        <translation>non conforme</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>invalid checksum</source>
        <extracomment>Checksum status: the recorded checksum is not a SHA-256.</extracomment>
        <translation>somme de contrôle invalide</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>Checksum status: the file is not on disk.</extracomment>
        <translation>absent</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>structured log</source>
        <translation>journal structuré</translation>
    </message>
    <message>
        <source>token usage</source>
        <translation>consommation de jetons</translation>
    </message>
    <message>
        <source>cost records</source>
        <translation>relevés de coûts</translation>
    </message>
    <message>
        <source>metadata</source>
        <extracomment>Where a run&apos;s cost comes from: its metadata.json.</extracomment>
        <translation>métadonnées</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Kind of an input file that was not recognised.</extracomment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>cost record</source>
        <extracomment>Where a run&apos;s cost comes from: its cost record file.</extracomment>
        <translation>relevé de coût</translation>
    </message>
    <message>
        <source>LLM calls</source>
        <extracomment>Where a run&apos;s cost comes from: the sum of its LLM calls.</extracomment>
        <translation>appels LLM</translation>
    </message>
    <message>
        <source>estimate</source>
        <extracomment>Where a cost comes from: priced from the price table.</extracomment>
        <translation>estimation</translation>
    </message>
    <message>
        <source>unpriced</source>
        <extracomment>A cost with no price in the table.</extracomment>
        <translation>sans prix</translation>
    </message>
    <message>
        <source>system</source>
        <extracomment>Prompt component: the system prompt.</extracomment>
        <translation>système</translation>
    </message>
    <message>
        <source>data</source>
        <extracomment>Prompt component: the data part of the prompt.</extracomment>
        <translation>données</translation>
    </message>
    <message>
        <source>instructions</source>
        <extracomment>Prompt component: the instructions part of the prompt.</extracomment>
        <translation>instructions</translation>
    </message>
    <message>
        <source>other</source>
        <extracomment>Prompt component: input tokens outside the other components.</extracomment>
        <translation>autre</translation>
    </message>
    <message>
        <source>no breakdown</source>
        <extracomment>Calls whose token record has no per-component breakdown.</extracomment>
        <translation>sans ventilation</translation>
    </message>
    <message>
        <source>output</source>
        <extracomment>Prompt component: the completion tokens.</extracomment>
        <translation>sortie</translation>
    </message>
    <message>
        <source>metadata</source>
        <comment>file kind</comment>
        <extracomment>Kind of input file: a run&apos;s metadata.json.</extracomment>
        <translation>métadonnées</translation>
    </message>
    <message>
        <source>The verification failed: %1</source>
        <translation>La vérification a échoué : %1</translation>
    </message>
    <message>
        <source>These runs recorded no data file or configuration checksum to verify.</source>
        <translation>Ces exécutions n’ont enregistré aucun fichier de données ni somme de contrôle de configuration à vérifier.</translation>
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
            <numerusform>%Ln exécution</numerusform>
            <numerusform>%Ln exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification cancelled after %1 of %2 files (%3): %4. What was verified is kept.</source>
        <translation>Vérification annulée après %1 fichiers sur %2 (%3) : %4. Ce qui a été vérifié est conservé.</translation>
    </message>
    <message>
        <source>%1 verified (%2): %3.</source>
        <extracomment>%1 &quot;12 files&quot;, %2 &quot;5 runs&quot;, %3 the totals per status.</extracomment>
        <translation>%1 vérifiés (%2) : %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>The results could not be stored: %1</source>
        <translation>Les résultats n’ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>Verification cancelled before any file was checked.</source>
        <translation>Vérification annulée avant qu’aucun fichier n’ait été vérifié.</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers :</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Vitesse :</translation>
    </message>
    <message>
        <source>Remaining:</source>
        <translation>Temps restant :</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Fichiers importés</translation>
    </message>
    <message>
        <source>Rejected lines</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>&amp;Export rejected lines as CSV…</source>
        <translation>&amp;Exporter les lignes rejetées en CSV…</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>missing field &apos;%1&apos;</source>
        <translation>champ « %1 » manquant</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; has the wrong type: expected an object</source>
        <translation>le champ « %1 » n&apos;a pas le bon type (attendu : un objet)</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is empty</source>
        <translation>le champ « %1 » est vide</translation>
    </message>
    <message>
        <source>not a line-based format</source>
        <translation>pas un format ligne par ligne</translation>
    </message>
    <message>
        <source>line longer than %1 MiB</source>
        <translation>ligne de plus de %1 Mio</translation>
    </message>
    <message>
        <source>not JSON and not a console log line</source>
        <translation>ni du JSON ni une ligne de journal de console</translation>
    </message>
    <message>
        <source>not a JSON object (an array)</source>
        <translation>pas un objet JSON (un tableau)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>a JSON array, not a Persona log</source>
        <translation>un tableau JSON, pas un journal Persona</translation>
    </message>
    <message>
        <source>a JSON document without Persona run metadata</source>
        <translation>un document JSON sans métadonnées d&apos;exécution Persona</translation>
    </message>
    <message>
        <source>binary content, not a Persona log</source>
        <translation>contenu binaire, pas un journal Persona</translation>
    </message>
    <message>
        <source>no Persona records in the first lines</source>
        <translation>aucun enregistrement Persona dans les premières lignes</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>erreur de lecture : %1</translation>
    </message>
    <message>
        <source>lines with NaN or Infinity (not JSON), stored as null: %1</source>
        <translation>lignes avec NaN ou Infinity (pas du JSON), stockées comme null : %1</translation>
    </message>
    <message>
        <source>timestamps without a time zone, read as UTC: %1</source>
        <translation>horodatages sans fuseau horaire, lus en UTC : %1</translation>
    </message>
    <message>
        <source>a folder where a file was expected</source>
        <translation>un dossier là où un fichier était attendu</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, socket or device)</source>
        <translation>pas un fichier ordinaire (un tube, un socket ou un périphérique)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>database busy or read-only: %1</source>
        <translation>base de données occupée ou en lecture seule : %1</translation>
    </message>
    <message>
        <source>metadata file larger than 64 MiB</source>
        <translation>fichier de métadonnées de plus de 64 Mio</translation>
    </message>
    <message>
        <source>import failed</source>
        <translation>échec de l&apos;importation</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>null</source>
        <extracomment>The JSON value null, as in &quot;expected a string, got null&quot;.</extracomment>
        <translation>null</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; has the wrong type: expected %2, got %3</source>
        <translation>le champ « %1 » n&apos;a pas le bon type (attendu : %2, reçu : %3)</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is negative</source>
        <translation>le champ « %1 » est négatif</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is not a whole number</source>
        <translation>le champ « %1 » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is out of range (%2 &gt; %3)</source>
        <translation>le champ « %1 » est hors limites (%2 &gt; %3)</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is out of range (implausibly large)</source>
        <translation>le champ « %1 » est hors limites (invraisemblablement grand)</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>UTF-8 invalide</translation>
    </message>
    <message>
        <source>invalid JSON: nested too deeply (more than 1024 levels)</source>
        <translation>JSON invalide : imbrication trop profonde (plus de 1024 niveaux)</translation>
    </message>
    <message>
        <source>invalid JSON: unterminated string</source>
        <translation>JSON invalide : chaîne non terminée</translation>
    </message>
    <message>
        <source>invalid JSON: control character (such as NUL) inside a string</source>
        <translation>JSON invalide : caractère de contrôle (tel que NUL) dans une chaîne</translation>
    </message>
    <message>
        <source>invalid JSON: malformed or out-of-range number</source>
        <translation>JSON invalide : nombre mal formé ou hors limites</translation>
    </message>
    <message>
        <source>invalid JSON: malformed string escape</source>
        <translation>JSON invalide : séquence d&apos;échappement mal formée</translation>
    </message>
    <message>
        <source>invalid JSON: misspelled true, false or null</source>
        <translation>JSON invalide : true, false ou null mal orthographié</translation>
    </message>
    <message>
        <source>invalid JSON: malformed structure (a missing or extra comma, bracket or quote)</source>
        <translation>JSON invalide : structure mal formée (virgule, crochet ou guillemet manquant ou en trop)</translation>
    </message>
    <message>
        <source>invalid JSON: unclosed object or array</source>
        <translation>JSON invalide : objet ou tableau non fermé</translation>
    </message>
    <message>
        <source>invalid JSON: empty</source>
        <translation>JSON invalide : vide</translation>
    </message>
    <message>
        <source>line too long to parse</source>
        <translation>ligne trop longue pour être analysée</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON invalide : %1</translation>
    </message>
    <message>
        <source>invalid timestamp &apos;%1&apos;</source>
        <translation>horodatage invalide « %1 »</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos;</source>
        <translation>niveau inconnu « %1 »</translation>
    </message>
    <message>
        <source>%1.%2 is not a number; ignored</source>
        <translation>%1.%2 n&apos;est pas un nombre ; ignoré</translation>
    </message>
    <message>
        <source>generation.%1 &apos;%2&apos; is not a valid timestamp</source>
        <translation>generation.%1 « %2 » n&apos;est pas un horodatage valide</translation>
    </message>
    <message>
        <source>generation.%1 has no time zone; treated as UTC</source>
        <translation>generation.%1 n&apos;a pas de fuseau horaire ; traité comme UTC</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an object; ignored</source>
        <translation>« %1 » n&apos;est pas un objet ; ignoré</translation>
    </message>
    <message>
        <source>metadata is not a JSON object</source>
        <translation>les métadonnées ne sont pas un objet JSON</translation>
    </message>
    <message>
        <source>metadata has no generation.run_id</source>
        <translation>les métadonnées n&apos;ont pas de generation.run_id</translation>
    </message>
    <message>
        <source>data_sources.files is not a list; ignored</source>
        <translation>data_sources.files n&apos;est pas une liste ; ignoré</translation>
    </message>
    <message>
        <source>data_sources.checksums is not an object; ignored</source>
        <translation>data_sources.checksums n&apos;est pas un objet ; ignoré</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list; ignored</source>
        <translation>« %1 » n&apos;est pas une liste ; ignoré</translation>
    </message>
    <message>
        <source>not a token usage record (event &apos;%1&apos;)</source>
        <translation>pas un enregistrement de consommation de jetons (événement « %1 »)</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; has neither &apos;%2&apos; nor &apos;%3&apos;</source>
        <translation>le champ « %1 » n&apos;a ni « %2 » ni « %3 »</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>records without an experiment whose run id several experiments share (%1): %2, each assigned to the run whose time span holds it</source>
        <translation>enregistrements sans expérience dont l’identifiant d’exécution est partagé par plusieurs expériences (%1) : %2, chacun attribué à l’exécution dont la période le contient</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>tokens</source>
        <translation>jetons</translation>
    </message>
</context>
<context>
    <name>ReportVerifier</name>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>a folder, not a report file</source>
        <translation>un dossier, pas un fichier de rapport</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>too large for a RunLedger report (over %1 MiB)</source>
        <translation>trop volumineux pour un rapport RunLedger (plus de %1 Mio)</translation>
    </message>
    <message>
        <source>an empty file, not a RunLedger report</source>
        <translation>un fichier vide, pas un rapport RunLedger</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON non valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>not a RunLedger report (no generator.name &quot;RunLedger&quot;)</source>
        <translation>pas un rapport RunLedger (pas de generator.name &quot;RunLedger&quot;)</translation>
    </message>
    <message>
        <source>not a RunLedger run report (no data_sources list)</source>
        <translation>pas un rapport d&apos;exécution RunLedger (pas de liste data_sources)</translation>
    </message>
    <message>
        <source>data_sources[%1] has no path</source>
        <translation>data_sources[%1] n&apos;a pas de chemin</translation>
    </message>
    <message>
        <source>%1 bytes: too large for a checksum file</source>
        <translation>%1 octets : trop volumineux pour un fichier de somme de contrôle</translation>
    </message>
    <message>
        <source>line %1 is not &quot;&lt;64 hex digits&gt;  &lt;file name&gt;&quot;</source>
        <translation>la ligne %1 n&apos;est pas de la forme &quot;&lt;64 chiffres hexadécimaux&gt;  &lt;nom de fichier&gt;&quot;</translation>
    </message>
    <message>
        <source>no checksum line</source>
        <translation>aucune ligne de somme de contrôle</translation>
    </message>
    <message>
        <source>it is the checksum of %1, not of %2</source>
        <translation>c&apos;est la somme de contrôle de %1, pas de %2</translation>
    </message>
    <message>
        <source>the report&apos;s SHA-256 is %1; %2 says %3</source>
        <translation>le SHA-256 du rapport est %1 ; %2 indique %3</translation>
    </message>
    <message>
        <source>; its .sha256 does not vouch for it either (%1)</source>
        <translation> ; son fichier .sha256 ne le confirme pas non plus (%1)</translation>
    </message>
</context>
<context>
    <name>RunFilterBar</name>
    <message>
        <source>Search runs</source>
        <translation>Rechercher des exécutions</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Model filter</source>
        <translation>Filtre de modèle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Started from</source>
        <translation>Démarrées à partir du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Started until</source>
        <translation>Démarrées jusqu&apos;au</translation>
    </message>
    <message>
        <source>Has errors</source>
        <translation>Avec erreurs</translation>
    </message>
    <message>
        <source>Search runs, experiments, models, events… (Ctrl+F)</source>
        <translation>Rechercher des exécutions, expériences, modèles, événements… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Runs whose id, experiment or any model used contains the text, and runs with an event or structured entry holding every word (in its message or payload; the last word may be the start of a word)</source>
        <translation>Exécutions dont l’identifiant, l’expérience ou l’un des modèles utilisés contient le texte, et exécutions ayant un événement ou une entrée structurée qui contient chaque mot (dans son message ou ses données ; le dernier mot peut être le début d’un mot)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>&amp;Fichier de base de données :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Show times in:</source>
        <translation>Afficher les heures en :</translation>
    </message>
    <message>
        <source>&amp;Local time</source>
        <translation>&amp;Heure locale</translation>
    </message>
    <message>
        <source>&amp;UTC</source>
        <translation>&amp;UTC</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>A new database file is created when it does not exist; the app switches to it when you press OK.</source>
        <translation>Un nouveau fichier de base de données est créé s&apos;il n&apos;existe pas ; l&apos;application bascule dessus lorsque vous appuyez sur OK.</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>&amp;Daily limit</source>
        <translation>Plafond &amp;quotidien</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>Daily limit in USD</source>
        <translation>Plafond quotidien en USD</translation>
    </message>
    <message>
        <source>&amp;Weekly limit</source>
        <translation>Plafond &amp;hebdomadaire</translation>
    </message>
    <message>
        <source>Weekly limit in USD</source>
        <translation>Plafond hebdomadaire en USD</translation>
    </message>
    <message>
        <source>&amp;Monthly limit</source>
        <translation>Plafond &amp;mensuel</translation>
    </message>
    <message>
        <source>Monthly limit in USD</source>
        <translation>Plafond mensuel en USD</translation>
    </message>
    <message>
        <source>Wa&amp;rn at:</source>
        <translation>A&amp;lerter à :</translation>
    </message>
    <message>
        <source> of the limit</source>
        <translation> du plafond</translation>
    </message>
    <message>
        <source>&amp;Block at:</source>
        <translation>&amp;Bloquer à :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Weeks start on:</source>
        <translation>Début de semaine :</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>Periods are calendar days, weeks and months in this zone. A period is a warning when spending reaches the warn fraction of its limit, and exceeded at the block fraction (runledger-cli budget then exits with 1).</source>
        <translation>Les périodes sont des jours, semaines et mois civils dans ce fuseau. Une période passe en alerte lorsque les dépenses atteignent la fraction d&apos;alerte de son plafond, et est dépassée à la fraction de blocage (runledger-cli budget se termine alors avec le code 1).</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>USD per million tokens. Calls logged with cost 0 are priced from this table and shown as estimates. A model&apos;s exact name wins over an alias; of its rows, the latest one in effect on the call&apos;s date applies, so old calls keep old prices.</source>
        <translation>USD par million de jetons. Les appels journalisés avec un coût de 0 sont tarifés d&apos;après cette grille et affichés comme estimations. Le nom exact d&apos;un modèle l&apos;emporte sur un alias ; parmi ses lignes, c&apos;est la plus récente en vigueur à la date de l&apos;appel qui s&apos;applique, de sorte que les anciens appels conservent leurs anciens prix.</translation>
    </message>
    <message>
        <source>Price table</source>
        <translation>Grille tarifaire</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Aliases (comma separated)</source>
        <translation>Alias (séparés par des virgules)</translation>
    </message>
    <message>
        <source>Input $/1M</source>
        <translation>Entrée $/1M</translation>
    </message>
    <message>
        <source>Output $/1M</source>
        <translation>Sortie $/1M</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>En vigueur à partir du</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>A&amp;jouter une ligne</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Rétablir les &amp;valeurs par défaut</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Data file paths recorded on another machine can be read from a local folder. One mapping per line, recorded prefix = local folder, for example /Users/alice/research=/home/me/research. The longest matching prefix applies; runledger-cli verify --map adds to these.</source>
        <translation>Les chemins de fichiers de données enregistrés sur une autre machine peuvent être lus depuis un dossier local. Une correspondance par ligne, sous la forme préfixe enregistré = dossier local, par exemple /Users/alice/research=/home/me/research. Le préfixe correspondant le plus long s&apos;applique ; l&apos;option --map de runledger-cli verify s&apos;ajoute à ces correspondances.</translation>
    </message>
    <message>
        <source>Path prefix mappings</source>
        <translation>Correspondances de préfixes de chemin</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Replace the table with one read from a JSON file</source>
        <translation>Remplacer la table par celle lue dans un fichier JSON</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save the table as JSON (the format runledger-cli costs --prices reads)</source>
        <translation>Enregistrer la table en JSON (le format que lit runledger-cli costs --prices)</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Experiment history, timelines and costs of Persona runs.</source>
        <translation>Historique des expériences, chronologies et coûts des exécutions Persona.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Ouvrir ce fichier de base de données.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Open the bundled sample project.</source>
        <translation>Ouvrir le projet d&apos;exemple fourni.</translation>
    </message>
    <message>
        <source>Watch this folder and import what it gets.</source>
        <translation>Surveiller ce dossier et importer ce qui y est ajouté.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Print how long the runs, the Tokens and the Costs views take, then quit.</source>
        <translation>Afficher la durée de chargement de la liste des exécutions et des vues Jetons et Coûts, puis quitter.</translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation>Fichiers ou dossiers à importer.</translation>
    </message>
    <message>
        <source>[PATH...]</source>
        <translation>[CHEMIN...]</translation>
    </message>
</context>
<context>
    <name>runledger::BudgetGauge</name>
    <message>
        <source>%1: %2 of %3 spent, %4</source>
        <translation>%1 : %2 sur %3 dépensés, %4</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 sur %2 · %3</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>reste %1</translation>
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
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <source>Export the chart as %1</source>
        <translation>Exporter le graphique en %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>%1 data</source>
        <translation>%1 (données)</translation>
    </message>
    <message>
        <source>First %1 of %2 rows; the CSV export has all of them.</source>
        <translation>Les %1 premières lignes sur %2 ; l&apos;exportation CSV les contient toutes.</translation>
    </message>
</context>
<context>
    <name>runledger::CompareDialog</name>
    <message>
        <source>Compare runs</source>
        <translation>Comparer des exécutions</translation>
    </message>
    <message>
        <source>&amp;Differences only</source>
        <translation>&amp;Différences uniquement</translation>
    </message>
    <message>
        <source>&amp;Transpose</source>
        <translation>&amp;Transposer</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <translation>Comparaison d&apos;exécutions</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Copier en &amp;Markdown</translation>
    </message>
    <message numerus="yes">
        <source>%1; %2 of %Ln fact(s) differ</source>
        <extracomment>%1 is &quot;3 runs&quot;; then &quot;5 of 40 facts differ&quot;.</extracomment>
        <translation>
            <numerusform>%1 ; différences : %2 sur %Ln élément</numerusform>
            <numerusform>%1 ; différences : %2 sur %Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n exécution</numerusform>
            <numerusform>%n exécutions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runledger::CostsView</name>
    <message>
        <source>Scope:</source>
        <translation>Périmètre :</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Toutes les exécutions</translation>
    </message>
    <message>
        <source>Selected experiment</source>
        <translation>Expérience sélectionnée</translation>
    </message>
    <message>
        <source>Cost scope</source>
        <translation>Périmètre des coûts</translation>
    </message>
    <message>
        <source>No budget is set. Set daily, weekly or monthly limits in File → Settings → Budgets.</source>
        <translation>Aucun budget n&apos;est défini. Définissez des plafonds quotidiens, hebdomadaires ou mensuels dans Fichier → Paramètres → Budgets.</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>History period</source>
        <translation>Période de l&apos;historique</translation>
    </message>
    <message>
        <source>Spend history</source>
        <translation>Historique des dépenses</translation>
    </message>
    <message>
        <source>Cost by model</source>
        <translation>Coût par modèle</translation>
    </message>
    <message>
        <source>Cost by step</source>
        <translation>Coût par étape</translation>
    </message>
    <message>
        <source>Cost per run</source>
        <translation>Coût par exécution</translation>
    </message>
    <message>
        <source>Estimated vs actual</source>
        <translation>Estimé vs réel</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source> (of which %1 estimated from the price table)</source>
        <translation> (dont %1 estimés d&apos;après la grille tarifaire)</translation>
    </message>
    <message>
        <source>Could not compute costs: %1</source>
        <translation>Impossible de calculer les coûts : %1</translation>
    </message>
    <message>
        <source>spent</source>
        <translation>dépensé</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>plafond</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>alerte</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de période</translation>
    </message>
    <message>
        <source>Spent (USD)</source>
        <translation>Dépensé (USD)</translation>
    </message>
    <message>
        <source>logged</source>
        <translation>journalisé</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimé</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Coût (USD)</translation>
    </message>
    <message>
        <source>Estimated part</source>
        <translation>Part estimée</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>sans prix</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Calls priced (%)</source>
        <translation>Appels tarifés (%)</translation>
    </message>
    <message>
        <source>variance %</source>
        <translation>écart (%)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>file&apos;s variance disagrees</source>
        <translation>l&apos;écart indiqué dans le fichier ne concorde pas</translation>
    </message>
    <message>
        <source>actual vs estimate, %</source>
        <translation>réel par rapport à l&apos;estimation, %</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimé</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Variance (USD)</source>
        <translation>Écart (USD)</translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation>Écart %</translation>
    </message>
    <message>
        <source>Recorded %</source>
        <translation>% enregistré</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Signalement</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) state a variance that disagrees with actual − estimate</source>
        <translation>
            <numerusform>%n relevé indique un écart qui ne concorde pas avec réel − estimation</numerusform>
            <numerusform>%n relevés indiquent un écart qui ne concorde pas avec réel − estimation</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 of %2 priced (%3 with their own cost, %4 from the price table, %5 unpriced)</source>
        <extracomment>%1 a percentage, %2 &quot;200 LLM calls&quot;; applies to runs priced from their calls.</extracomment>
        <translation> · %1 des %2 avec un prix (%3 avec leur propre coût, %4 selon la grille tarifaire, %5 sans prix)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln LLM call(s)</source>
        <translation>
            <numerusform>%Ln appel LLM</numerusform>
            <numerusform>%Ln appels LLM</numerusform>
        </translation>
    </message>
    <message>
        <source>Time zone %1; weeks start on %2.</source>
        <translation>Fuseau horaire %1 ; les semaines commencent le %2.</translation>
    </message>
    <message>
        <source>resets %1</source>
        <translation>réinitialisation le %1</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>A cost record&apos;s breakdown is charged to the models whose calls made each step, in proportion to their cost; the rest to the record&apos;s model.</source>
        <translation>La ventilation d&apos;un relevé de coût est imputée aux modèles dont les appels ont réalisé chaque étape, au prorata de leur coût ; le reste au modèle du relevé.</translation>
    </message>
</context>
<context>
    <name>runledger::EmptyStateWidget</name>
    <message>
        <source>No experiments yet</source>
        <translation>Aucune expérience pour l&apos;instant</translation>
    </message>
    <message>
        <source>RunLedger reads the logs the Persona tool writes (events, token usage, costs and run metadata) and shows your experiment history, timelines and costs.

Import a Persona experiments folder, or open the bundled sample project to see every view populated. You can also drop files or folders onto this window.</source>
        <translation>RunLedger lit les journaux écrits par l&apos;outil Persona (événements, consommation de jetons, coûts et métadonnées des exécutions) et affiche l&apos;historique, les chronologies et les coûts de vos expériences.

Importez un dossier d&apos;expériences Persona, ou ouvrez le projet d&apos;exemple fourni pour voir toutes les vues remplies. Vous pouvez aussi déposer des fichiers ou des dossiers sur cette fenêtre.</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <source>Open sample data</source>
        <translation>Ouvrir les données d&apos;exemple</translation>
    </message>
</context>
<context>
    <name>runledger::EventTableModel</name>
    <message>
        <source>debug</source>
        <translation>débogage</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>alerte</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>%1 (as logged)</source>
        <translation>%1 (tel que journalisé)</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Heure (%1)</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>runledger::ExperimentTimelineView</name>
    <message>
        <source>MMM d HH:mm</source>
        <extracomment>Date format of the experiment timeline axis (QDateTime format).</extracomment>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <source>No runs with a start time match the filter.</source>
        <translation>Aucune exécution avec une heure de début ne correspond au filtre.</translation>
    </message>
    <message>
        <source>lane %1</source>
        <translation>piste %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 %4&lt;br&gt;%5 (%6)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 %4&lt;br&gt;%5 (%6)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n run(s), times in %2. Click a run to open it.</source>
        <translation>
            <numerusform>%1 — %n exécution, heures en %2. Cliquez sur une exécution pour l&apos;ouvrir.</numerusform>
            <numerusform>%1 — %n exécutions, heures en %2. Cliquez sur une exécution pour l&apos;ouvrir.</numerusform>
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
démarrée le %4 %5
durée %6
coût %7%8
%9, %10</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln alerte</numerusform>
            <numerusform>%Ln alertes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runledger::ImportProgressDialog</name>
    <message>
        <source>Cancelling: the current file is rolled back…</source>
        <translation>Annulation : l&apos;importation du fichier en cours est annulée…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 MB/s (%2 of %3 MB)</source>
        <translation>%1 Mo/s (%2 sur %3 Mo)</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>estimation…</translation>
    </message>
</context>
<context>
    <name>runledger::ImportReportDialog</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importés</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Pending bytes</source>
        <translation>Octets en attente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>unchanged since the last import</source>
        <translation>inchangé depuis la dernière importation</translation>
    </message>
    <message>
        <source>rewritten or truncated: read again</source>
        <translation>réécrit ou tronqué : relu entièrement</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>non importé : %1</translation>
    </message>
    <message>
        <source>FAILED, nothing kept: %1</source>
        <translation>ÉCHEC, rien n&apos;a été conservé : %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Export rejected lines</source>
        <translation>Exporter les lignes rejetées</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not Persona logs and were not imported.</source>
        <translation>
            <numerusform>%n fichier n&apos;était pas un journal Persona et n&apos;a pas été importé.</numerusform>
            <numerusform>%n fichiers n&apos;étaient pas des journaux Persona et n&apos;ont pas été importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed and were rolled back.</source>
        <translation>
            <numerusform>%n fichier a échoué ; son importation a été annulée.</numerusform>
            <numerusform>%n fichiers ont échoué ; leur importation a été annulée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the file being read was rolled back.</source>
        <translation>L&apos;importation a été annulée ; les modifications du fichier en cours de lecture ont été annulées.</translation>
    </message>
    <message>
        <source>%1 read in %2: %3 imported, %4 skipped, %5 rejected.</source>
        <extracomment>%1 &quot;12 files&quot;, %2 a duration, %3 &quot;300 records&quot;, %4 &quot;2 duplicates&quot;, %5 &quot;1 line&quot;.</extracomment>
        <translation>Lecture de %1 en %2 — importés : %3 ; ignorés : %4 ; rejetés : %5.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln enregistrement</numerusform>
            <numerusform>%Ln enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln doublon</numerusform>
            <numerusform>%Ln doublons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more rejected line(s) not listed</source>
        <translation>
            <numerusform>%Ln autre ligne rejetée non listée</numerusform>
            <numerusform>%Ln autres lignes rejetées non listées</numerusform>
        </translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) or link(s) could not be read.</source>
        <translation>
            <numerusform>%n dossier ou lien n&apos;a pas pu être lu.</numerusform>
            <numerusform>%n dossiers ou liens n&apos;ont pas pu être lus.</numerusform>
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
        <translation>Chronologie de l&apos;exécution</translation>
    </message>
    <message>
        <source>Experiment timeline</source>
        <translation>Chronologie de l&apos;expérience</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Costs &amp;&amp; budget</source>
        <translation>Coûts &amp;&amp; budget</translation>
    </message>
    <message>
        <source>Reproducibility</source>
        <translation>Reproductibilité</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Reading new lines…</source>
        <translation>Lecture des nouvelles lignes…</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>Surveillance de %1</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>%1 — RunLedger</source>
        <translation>%1 — RunLedger</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Watch Folder…</source>
        <translation>&amp;Surveiller un dossier…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>&amp;Stop Watching</source>
        <translation>&amp;Arrêter la surveillance</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Recent &amp;Databases</source>
        <translation>&amp;Bases de données récentes</translation>
    </message>
    <message>
        <source>Recent Fo&amp;lders</source>
        <translation>Dossiers &amp;récents</translation>
    </message>
    <message>
        <source>Open S&amp;ample Data</source>
        <translation>Ouvrir les données d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Find Runs</source>
        <translation>&amp;Rechercher des exécutions</translation>
    </message>
    <message>
        <source>Run &amp;Timeline</source>
        <translation>&amp;Chronologie de l&apos;exécution</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Experiment Timeline</source>
        <translation>Chronologie de l&apos;e&amp;xpérience</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>To&amp;kens</source>
        <translation>&amp;Jetons</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Costs &amp;&amp; Budget</source>
        <translation>C&amp;oûts &amp;&amp; budget</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Re&amp;producibility</source>
        <translation>Re&amp;productibilité</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>&amp;Exécutions</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Runs…</source>
        <translation>&amp;Comparer les exécutions sélectionnées…</translation>
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
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About RunLedger</source>
        <translation>À &amp;propos de RunLedger</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>, %1 rejected</source>
        <translation>, rejetés : %1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <source>Some lines could not be imported: see File → Import Files… on that folder for the report.</source>
        <translation>Certaines lignes n&apos;ont pas pu être importées : utilisez Fichier → Importer des fichiers… sur ce dossier pour consulter le rapport.</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Comparer des exécutions</translation>
    </message>
    <message>
        <source>Select two or more runs in the list (Ctrl+click or Shift+click), then compare.</source>
        <translation>Sélectionnez au moins deux exécutions dans la liste (Ctrl+clic ou Maj+clic), puis lancez la comparaison.</translation>
    </message>
    <message>
        <source>No budget set</source>
        <translation>Aucun budget défini</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Status bar budget part, e.g. &quot;daily 45%&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 spent (%4)</source>
        <translation>%1 : %2 sur %3 dépensés (%4)</translation>
    </message>
    <message>
        <source>Budget %1: %2</source>
        <translation>Budget %1 : %2</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>New costs changed the budget status:
%1</source>
        <translation>De nouveaux coûts ont modifié l&apos;état du budget :
%1</translation>
    </message>
    <message>
        <source>Import Persona log files</source>
        <translation>Importer des fichiers journaux Persona</translation>
    </message>
    <message>
        <source>Persona logs (*.jsonl *.json *.ndjson *.log);;All files (*)</source>
        <translation>Journaux Persona (*.jsonl *.json *.ndjson *.log);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a Persona experiments folder</source>
        <translation>Importer un dossier d&apos;expériences Persona</translation>
    </message>
    <message>
        <source>Watch a Persona experiments folder</source>
        <translation>Surveiller un dossier d&apos;expériences Persona</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Ouvrir ou créer une base de données</translation>
    </message>
    <message>
        <source>RunLedger databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données RunLedger (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln experiment(s)</source>
        <translation>
            <numerusform>%Ln expérience</numerusform>
            <numerusform>%Ln expériences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln exécution</numerusform>
            <numerusform>%Ln exécutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln file(s) failed</source>
        <translation>
            <numerusform>, %Ln fichier en échec</numerusform>
            <numerusform>, %Ln fichiers en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last import at %1: %Ln new record(s)</source>
        <translation>
            <numerusform>Dernière importation à %1 : %Ln nouvel enregistrement</numerusform>
            <numerusform>Dernière importation à %1 : %Ln nouveaux enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>The new language applies when RunLedger next starts; an import or a verification is running.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de RunLedger ; une importation ou une vérification est en cours.</translation>
    </message>
    <message>
        <source>&amp;Verify Selected Runs</source>
        <translation>&amp;Vérifier les exécutions sélectionnées</translation>
    </message>
    <message>
        <source>Re-hash the data files of the selected runs and compare them with the recorded SHA-256 (Ctrl+Shift+V)</source>
        <translation>Recalculer le hachage des fichiers de données des exécutions sélectionnées et le comparer au SHA-256 enregistré (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <source>Verify E&amp;xperiment</source>
        <translation>Vérifier l’&amp;expérience</translation>
    </message>
    <message>
        <source>Verify every run of the experiment chosen on the left, or of the selected run</source>
        <translation>Vérifier toutes les exécutions de l’expérience choisie à gauche, ou de celle de l’exécution sélectionnée</translation>
    </message>
    <message>
        <source>Verify &amp;All Runs</source>
        <translation>Vérifier &amp;toutes les exécutions</translation>
    </message>
    <message>
        <source>Verify the data files of every run in the database</source>
        <translation>Vérifier les fichiers de données de toutes les exécutions de la base</translation>
    </message>
    <message>
        <source>Select one or more runs to verify.</source>
        <translation>Sélectionnez une ou plusieurs exécutions à vérifier.</translation>
    </message>
    <message>
        <source>Choose an experiment, or one of its runs, to verify it.</source>
        <translation>Choisissez une expérience, ou l’une de ses exécutions, pour la vérifier.</translation>
    </message>
    <message>
        <source>Verifying data files…</source>
        <translation>Vérification des fichiers de données…</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln folder(s) or link(s) not readable</source>
        <translation>
            <numerusform>, %Ln dossier ou lien illisible</numerusform>
            <numerusform>, %Ln dossiers ou liens illisibles</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Verify Report…</source>
        <translation>&amp;Vérifier un rapport…</translation>
    </message>
    <message>
        <source>Re-hash the data files a JSON report lists and check the report against its .sha256</source>
        <translation>Recalculer les SHA-256 des fichiers de données qu&apos;un rapport JSON liste et comparer le rapport à son fichier .sha256</translation>
    </message>
    <message>
        <source>Verify Report</source>
        <translation>Vérifier un rapport</translation>
    </message>
    <message>
        <source>JSON reports (*.json);;All files (*)</source>
        <translation>Rapports JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>runledger::ReportDialog</name>
    <message>
        <source>Reproducibility report — %1</source>
        <translation>Rapport de reproductibilité — %1</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (un seul fichier autonome)</translation>
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
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Saved %1, with its checksum in %1.sha256.</source>
        <translation>%1 enregistré, avec sa somme de contrôle dans %1.sha256.</translation>
    </message>
</context>
<context>
    <name>runledger::ReproducibilityView</name>
    <message>
        <source>Select a run to see how it was made.</source>
        <translation>Sélectionnez une exécution pour voir comment elle a été produite.</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Fichier de données</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Recorded SHA-256</source>
        <translation>SHA-256 enregistré</translation>
    </message>
    <message>
        <source>Current SHA-256</source>
        <translation>SHA-256 actuel</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Resolved path</source>
        <translation>Chemin résolu</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Sources de données</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Recorded checksum</source>
        <translation>Somme de contrôle enregistrée</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Output checksums</source>
        <translation>Sommes de contrôle des sorties</translation>
    </message>
    <message>
        <source>Double-click a row to verify it against a file you pick.</source>
        <translation>Double-cliquez sur une ligne pour la vérifier avec un fichier de votre choix.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Previous run</source>
        <translation>Exécution précédente</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>Cette exécution</translation>
    </message>
    <message>
        <source>Changes since the previous run</source>
        <translation>Changements depuis l&apos;exécution précédente</translation>
    </message>
    <message>
        <source>Checksums recorded across the experiment&apos;s runs</source>
        <translation>Sommes de contrôle enregistrées dans les exécutions de l&apos;expérience</translation>
    </message>
    <message>
        <source>Checksum drift</source>
        <translation>Dérive des sommes de contrôle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Erreurs et alertes</translation>
    </message>
    <message>
        <source>Changes since previous run</source>
        <translation>Changements depuis l&apos;exécution précédente</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>extra key</source>
        <translation>clé supplémentaire</translation>
    </message>
    <message>
        <source>error event</source>
        <translation>événement d&apos;erreur</translation>
    </message>
    <message>
        <source>metadata %1</source>
        <translation>métadonnées (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · started %4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · démarrée le %4 · %5</translation>
    </message>
    <message>
        <source>Changes since previous run (none)</source>
        <translation>Changements depuis l&apos;exécution précédente (aucun)</translation>
    </message>
    <message>
        <source>Changes since %1 (%2)</source>
        <translation>Changements depuis %1 (%2)</translation>
    </message>
    <message>
        <source>Checksum drift (none)</source>
        <translation>Dérive des sommes de contrôle (aucune)</translation>
    </message>
    <message>
        <source>Checksum drift (%1)</source>
        <translation>Dérive des sommes de contrôle (%1)</translation>
    </message>
    <message>
        <source>File that the &apos;%1&apos; checksum belongs to</source>
        <translation>Fichier correspondant à la somme de contrôle « %1 »</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <extracomment>Verification progress: %v files done of %m.</extracomment>
        <translation>%v fichiers sur %m</translation>
    </message>
    <message>
        <source>Verification totals</source>
        <translation>Totaux de la vérification</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Files that did not verify</source>
        <translation>Fichiers dont la vérification a échoué</translation>
    </message>
    <message>
        <source>Double-click a row to select its run.</source>
        <translation>Double-cliquez sur une ligne pour sélectionner son exécution.</translation>
    </message>
    <message>
        <source>Verification problems</source>
        <translation>Problèmes de vérification</translation>
    </message>
    <message>
        <source>files last verified %1</source>
        <translation>fichiers vérifiés le %1</translation>
    </message>
    <message>
        <source>files never verified</source>
        <translation>fichiers jamais vérifiés</translation>
    </message>
    <message>
        <source>Verification problems (%1)</source>
        <translation>Problèmes de vérification (%1)</translation>
    </message>
</context>
<context>
    <name>runledger::RunBrowser</name>
    <message>
        <source>Experiments</source>
        <translation>Expériences</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n exécution</numerusform>
            <numerusform>%n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>All experiments</source>
        <translation>Toutes les expériences</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>All experiments (%Ln run(s))</source>
        <translation>
            <numerusform>Toutes les expériences (%Ln exécution)</numerusform>
            <numerusform>Toutes les expériences (%Ln exécutions)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
id %2
%3, %4 failed, %5</source>
        <extracomment>Experiment tooltip: name, id, &quot;4 runs&quot;, failed count, cost.</extracomment>
        <translation>%1
id %2
%3, %4 en échec, %5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln exécution</numerusform>
            <numerusform>%Ln exécutions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runledger::RunListModel</name>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Cost from: %1</source>
        <translation>Coût issu de : %1</translation>
    </message>
    <message>
        <source>Error and warning events</source>
        <translation>Événements d&apos;erreur et d&apos;alerte</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started (%1)</source>
        <translation>Démarrée (%1)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Tokens in / out</source>
        <translation>Jetons entrée / sortie</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Cost source</source>
        <translation>Source du coût</translation>
    </message>
    <message>
        <source>Err / warn</source>
        <translation>Err. / alertes</translation>
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
            <numerusform>%1 : %Ln appel</numerusform>
            <numerusform>%1 : %Ln appels</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no calls</source>
        <translation>%1 : aucun appel</translation>
    </message>
</context>
<context>
    <name>runledger::RunTimelineView</name>
    <message>
        <source>Select a run to see its timeline.</source>
        <translation>Sélectionnez une exécution pour voir sa chronologie.</translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation>Pistes :</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>Par niveau</translation>
    </message>
    <message>
        <source>By event family</source>
        <translation>Par famille d&apos;événements</translation>
    </message>
    <message>
        <source>Timeline lanes</source>
        <translation>Pistes de la chronologie</translation>
    </message>
    <message>
        <source>Zoom in (+, wheel)</source>
        <translation>Zoom avant (+, molette)</translation>
    </message>
    <message>
        <source>Zoom out (-, wheel)</source>
        <translation>Zoom arrière (-, molette)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Show the whole run (Home, right click)</source>
        <translation>Afficher toute l&apos;exécution (Début, clic droit)</translation>
    </message>
    <message>
        <source>seconds since the run started</source>
        <translation>secondes depuis le début de l&apos;exécution</translation>
    </message>
    <message>
        <source>No events for this run.</source>
        <translation>Aucun événement pour cette exécution.</translation>
    </message>
    <message>
        <source>Event name filter</source>
        <translation>Filtre par nom d&apos;événement</translation>
    </message>
    <message>
        <source>Filter messages and payloads…</source>
        <translation>Filtrer les messages et les charges utiles…</translation>
    </message>
    <message>
        <source>Event text filter</source>
        <translation>Filtre par texte d&apos;événement</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Select an event to see its payload.</source>
        <translation>Sélectionnez un événement pour voir sa charge utile.</translation>
    </message>
    <message>
        <source>Event payload</source>
        <translation>Charge utile de l&apos;événement</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Copier en JSON</translation>
    </message>
    <message>
        <source>Copy the selected event as JSON (Ctrl+Shift+C)</source>
        <translation>Copier l&apos;événement sélectionné en JSON (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>The events of %1 could not be read: %2</source>
        <translation>Impossible de lire les événements de %1 : %2</translation>
    </message>
    <message>
        <source>Run &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Exécution &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>LLM calls</source>
        <translation>Appels LLM</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>alerte</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>debug</source>
        <translation>débogage</translation>
    </message>
    <message>
        <source>lifecycle</source>
        <translation>cycle de vie</translation>
    </message>
    <message>
        <source>config</source>
        <translation>configuration</translation>
    </message>
    <message>
        <source>data</source>
        <comment>lane</comment>
        <extracomment>Timeline lane of data loading events.</extracomment>
        <translation>données</translation>
    </message>
    <message>
        <source>generation</source>
        <translation>génération</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>output</source>
        <comment>lane</comment>
        <extracomment>Timeline lane of output and checkpoint events.</extracomment>
        <translation>sortie</translation>
    </message>
    <message>
        <source>other</source>
        <comment>lane</comment>
        <translation>autre</translation>
    </message>
    <message>
        <source>LLM call %1
%2
%3 s%4</source>
        <translation>Appel LLM %1
%2
%3 s%4</translation>
    </message>
    <message>
        <source> — failed</source>
        <translation> — échec</translation>
    </message>
    <message>
        <source>from %1, line %2</source>
        <translation>fichier %1, ligne %2</translation>
    </message>
    <message>
        <source>(no payload)</source>
        <translation>(aucune charge utile)</translation>
    </message>
</context>
<context>
    <name>runledger::SettingsDialog</name>
    <message>
        <source>System zone</source>
        <translation>Fuseau du système</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>RunLedger databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données RunLedger (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Row %1 (%2): prices must be non-negative numbers and the date YYYY-MM-DD or empty.</source>
        <translation>Ligne %1 (%2) : les prix doivent être des nombres positifs ou nuls, et la date au format AAAA-MM-JJ ou vide.</translation>
    </message>
    <message>
        <source>Mapping line %1 is not FROM=TO: %2</source>
        <translation>La ligne de correspondance %1 n&apos;est pas au format DE=VERS : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone name such as Europe/Berlin.</source>
        <translation>« %1 » n&apos;est pas un nom de fuseau horaire tel que Europe/Paris.</translation>
    </message>
    <message>
        <source>The warn threshold must not be above the block threshold.</source>
        <translation>Le seuil d&apos;alerte ne doit pas dépasser le seuil de blocage.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Export price table</source>
        <translation>Exporter la table des prix</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import price table</source>
        <translation>Importer une table des prix</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a price table: %2</source>
        <extracomment>%2 says what is wrong, in English (as the command-line tool says it).</extracomment>
        <translation>%1 n&apos;est pas une table des prix : %2</translation>
    </message>
</context>
<context>
    <name>runledger::TimelineChartView</name>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;i&gt;and %n more here (zoom in to separate)&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;i&gt;et %n autre ici (zoomez pour les séparer)&lt;/i&gt;</numerusform>
            <numerusform>&lt;br&gt;&lt;i&gt;et %n autres ici (zoomez pour les séparer)&lt;/i&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runledger::TokensView</name>
    <message>
        <source>Scope:</source>
        <translation>Périmètre :</translation>
    </message>
    <message>
        <source>All runs in the date range</source>
        <translation>Toutes les exécutions de la plage de dates</translation>
    </message>
    <message>
        <source>Selected experiment</source>
        <translation>Expérience sélectionnée</translation>
    </message>
    <message>
        <source>Selected run</source>
        <translation>Exécution sélectionnée</translation>
    </message>
    <message>
        <source>Token scope</source>
        <translation>Périmètre des jetons</translation>
    </message>
    <message>
        <source>Tokens by step</source>
        <translation>Jetons par étape</translation>
    </message>
    <message>
        <source>Tokens by model</source>
        <translation>Jetons par modèle</translation>
    </message>
    <message>
        <source>Prompt components</source>
        <translation>Composants du prompt</translation>
    </message>
    <message>
        <source>Tokens per day by model</source>
        <translation>Jetons par jour et par modèle</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>out/in</source>
        <translation>sortie/entrée</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>%1 input tokens come from calls that gave no breakdown.</source>
        <translation>%1 jetons d&apos;entrée proviennent d&apos;appels sans ventilation.</translation>
    </message>
    <message>
        <source>MMM d</source>
        <extracomment>Date format of the per-day axis (QDateTime format: month name and day).</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>jetons</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>exécution %1</translation>
    </message>
    <message>
        <source>no run selected</source>
        <translation>aucune exécution sélectionnée</translation>
    </message>
    <message>
        <source>experiment %1</source>
        <translation>expérience %1</translation>
    </message>
    <message>
        <source>no experiment selected</source>
        <translation>aucune expérience sélectionnée</translation>
    </message>
    <message>
        <source>the browser&apos;s date range</source>
        <translation>la plage de dates du navigateur d&apos;exécutions</translation>
    </message>
    <message>
        <source>all runs</source>
        <translation>toutes les exécutions</translation>
    </message>
    <message>
        <source>%1: %2, %3 input and %4 output tokens (output/input %5)</source>
        <translation>%1 : %2, %3 jetons d&apos;entrée et %4 jetons de sortie (sortie/entrée %5)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln appel</numerusform>
            <numerusform>%Ln appels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runledger::VerifyReportDialog</name>
    <message>
        <source>Verify Report — %1</source>
        <translation>Vérifier un rapport — %1</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapport : %1</translation>
    </message>
    <message>
        <source>Hashing progress</source>
        <translation>Progression du calcul des sommes de contrôle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Fichier de données</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Recorded SHA-256</source>
        <translation>SHA-256 enregistré</translation>
    </message>
    <message>
        <source>Current SHA-256</source>
        <translation>SHA-256 actuel</translation>
    </message>
    <message>
        <source>Resolved path</source>
        <translation>Chemin résolu</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Data files of the report</source>
        <translation>Fichiers de données du rapport</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Lecture du rapport…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 fichiers sur %2</translation>
    </message>
    <message>
        <source>This file cannot be verified: %1</source>
        <translation>Ce fichier ne peut pas être vérifié : %1</translation>
    </message>
    <message>
        <source>Run %1, report generated at %2</source>
        <translation>Exécution %1, rapport généré le %2</translation>
    </message>
    <message>
        <source>The report matches its checksum file %1.</source>
        <translation>Le rapport correspond à son fichier de somme de contrôle %1.</translation>
    </message>
    <message>
        <source>No checksum file (%1) lies beside the report: the report itself is not checked.</source>
        <translation>Aucun fichier de somme de contrôle (%1) à côté du rapport : le rapport lui-même n&apos;est pas vérifié.</translation>
    </message>
    <message>
        <source>The report does NOT match its checksum file: it was changed after it was written. %1</source>
        <translation>Le rapport NE correspond PAS à son fichier de somme de contrôle : il a été modifié après son écriture. %1</translation>
    </message>
    <message>
        <source>The checksum file %1 is for another file: %2</source>
        <translation>Le fichier de somme de contrôle %1 concerne un autre fichier : %2</translation>
    </message>
    <message>
        <source>The checksum file %1 cannot be used: %2</source>
        <translation>Le fichier de somme de contrôle %1 est inutilisable : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n data file(s): %1.</source>
        <translation>
            <numerusform>%n fichier de données : %1.</numerusform>
            <numerusform>%n fichiers de données : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the other files were not hashed.</source>
        <translation>Annulé : les autres fichiers n&apos;ont pas été vérifiés.</translation>
    </message>
    <message>
        <source>Everything verifies.</source>
        <translation>Tout est vérifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problème trouvé.</numerusform>
            <numerusform>%n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hashing the data files the report lists…</source>
        <translation>Calcul des sommes de contrôle des fichiers de données du rapport…</translation>
    </message>
</context>
</TS>
