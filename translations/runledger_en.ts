<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DisplayNames</name>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln run</numerusform>
            <numerusform>%Ln runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runledger::CompareDialog</name>
    <message numerus="yes">
        <source>%1; %2 of %Ln fact(s) differ</source>
        <extracomment>%1 is &quot;3 runs&quot;; then &quot;5 of 40 facts differ&quot;.</extracomment>
        <translation>
            <numerusform>%1; %2 of %Ln fact differs</numerusform>
            <numerusform>%1; %2 of %Ln facts differ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runledger::CostsView</name>
    <message numerus="yes">
        <source>%n record(s) state a variance that disagrees with actual − estimate</source>
        <translation>
            <numerusform>%n record states a variance that disagrees with actual − estimate</numerusform>
            <numerusform>%n records state a variance that disagrees with actual − estimate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln LLM call(s)</source>
        <translation>
            <numerusform>%Ln LLM call</numerusform>
            <numerusform>%Ln LLM calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runledger::ExperimentTimelineView</name>
    <message numerus="yes">
        <source>%1 — %n run(s), times in %2. Click a run to open it.</source>
        <translation>
            <numerusform>%1 — %n run, times in %2. Click a run to open it.</numerusform>
            <numerusform>%1 — %n runs, times in %2. Click a run to open it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runledger::ImportReportDialog</name>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln duplicate</numerusform>
            <numerusform>%Ln duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not Persona logs and were not imported.</source>
        <translation>
            <numerusform>%n file was not a Persona log and was not imported.</numerusform>
            <numerusform>%n files were not Persona logs and were not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed and were rolled back.</source>
        <translation>
            <numerusform>%n file failed and was rolled back.</numerusform>
            <numerusform>%n files failed and were rolled back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more rejected line(s) not listed</source>
        <translation>
            <numerusform>%Ln more rejected line not listed</numerusform>
            <numerusform>%Ln more rejected lines not listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) or link(s) could not be read.</source>
        <translation>
            <numerusform>%n folder or link could not be read.</numerusform>
            <numerusform>%n folders or links could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runledger::MainWindow</name>
    <message numerus="yes">
        <source>%Ln experiment(s)</source>
        <translation>
            <numerusform>%Ln experiment</numerusform>
            <numerusform>%Ln experiments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln run</numerusform>
            <numerusform>%Ln runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln file(s) failed</source>
        <translation>
            <numerusform>, %Ln file failed</numerusform>
            <numerusform>, %Ln files failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last import at %1: %Ln new record(s)</source>
        <translation>
            <numerusform>Last import at %1: %Ln new record</numerusform>
            <numerusform>Last import at %1: %Ln new records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln folder(s) or link(s) not readable</source>
        <translation>
            <numerusform>, %Ln folder or link not readable</numerusform>
            <numerusform>, %Ln folders or links not readable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runledger::RunBrowser</name>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All experiments (%Ln run(s))</source>
        <translation>
            <numerusform>All experiments (%Ln run)</numerusform>
            <numerusform>All experiments (%Ln runs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln run</numerusform>
            <numerusform>%Ln runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runledger::RunListModel</name>
    <message numerus="yes">
        <source>%1: %Ln call(s)</source>
        <extracomment>A model the run used, with its number of LLM calls.</extracomment>
        <translation>
            <numerusform>%1: %Ln call</numerusform>
            <numerusform>%1: %Ln calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runledger::TimelineChartView</name>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;i&gt;and %n more here (zoom in to separate)&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;i&gt;and %n more here (zoom in to separate)&lt;/i&gt;</numerusform>
            <numerusform>&lt;br&gt;&lt;i&gt;and %n more here (zoom in to separate)&lt;/i&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runledger::TokensView</name>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln call</numerusform>
            <numerusform>%Ln calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runledger::VerifyReportDialog</name>
    <message numerus="yes">
        <source>%n data file(s): %1.</source>
        <translation>
            <numerusform>%n data file: %1.</numerusform>
            <numerusform>%n data files: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
</context>
</TS>
