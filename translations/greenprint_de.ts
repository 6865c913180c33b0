<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Undo Commands</name>
    <message>
        <source>Size by hours</source>
        <translation>Nach Stunden bemessen</translation>
    </message>
    <message>
        <source>Add custom instance</source>
        <translation>Eigene Instanz hinzufügen</translation>
    </message>
    <message>
        <source>Remove custom instance</source>
        <translation>Eigene Instanz entfernen</translation>
    </message>
    <message>
        <source>Add custom region</source>
        <translation>Eigene Region hinzufügen</translation>
    </message>
    <message>
        <source>Remove custom region</source>
        <translation>Eigene Region entfernen</translation>
    </message>
    <message>
        <source>Add component</source>
        <translation>Komponente hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate component</source>
        <translation>Komponente duplizieren</translation>
    </message>
    <message>
        <source>Remove component</source>
        <translation>Komponente entfernen</translation>
    </message>
    <message>
        <source>Move component</source>
        <translation>Komponente verschieben</translation>
    </message>
    <message>
        <source>Rename component</source>
        <translation>Komponente umbenennen</translation>
    </message>
    <message>
        <source>Change instance type</source>
        <translation>Instanztyp ändern</translation>
    </message>
    <message>
        <source>Change instance count</source>
        <translation>Anzahl der Instanzen ändern</translation>
    </message>
    <message>
        <source>Change hours</source>
        <translation>Stunden ändern</translation>
    </message>
    <message>
        <source>Change utilization</source>
        <translation>Auslastung ändern</translation>
    </message>
    <message>
        <source>Change measured power</source>
        <translation>Gemessene Leistung ändern</translation>
    </message>
    <message>
        <source>Change pricing</source>
        <translation>Preismodell ändern</translation>
    </message>
    <message>
        <source>Change storage class</source>
        <translation>Speicherklasse ändern</translation>
    </message>
    <message>
        <source>Change stored size</source>
        <translation>Gespeicherte Größe ändern</translation>
    </message>
    <message>
        <source>Change storage months</source>
        <translation>Speichermonate ändern</translation>
    </message>
    <message>
        <source>Change transferred size</source>
        <translation>Übertragene Größe ändern</translation>
    </message>
    <message>
        <source>Change destination region</source>
        <translation>Zielregion ändern</translation>
    </message>
    <message>
        <source>Change active hours per week</source>
        <translation>Aktive Stunden pro Woche ändern</translation>
    </message>
    <message>
        <source>Change idle hours per week</source>
        <translation>Leerlaufstunden pro Woche ändern</translation>
    </message>
    <message>
        <source>Change weeks</source>
        <translation>Wochen ändern</translation>
    </message>
    <message>
        <source>Change tuning strategy</source>
        <translation>Tuning-Strategie ändern</translation>
    </message>
    <message>
        <source>Change trials</source>
        <translation>Versuche ändern</translation>
    </message>
    <message>
        <source>Change hours per trial</source>
        <translation>Stunden pro Versuch ändern</translation>
    </message>
    <message>
        <source>Change endpoint mode</source>
        <translation>Endpunktmodus ändern</translation>
    </message>
    <message>
        <source>Change hours provisioned</source>
        <translation>Bereitgestellte Stunden ändern</translation>
    </message>
    <message>
        <source>Change models hosted</source>
        <translation>Gehostete Modelle ändern</translation>
    </message>
    <message>
        <source>Change log volume</source>
        <translation>Log-Volumen ändern</translation>
    </message>
    <message>
        <source>Change log retention</source>
        <translation>Log-Aufbewahrung ändern</translation>
    </message>
    <message>
        <source>Change logging months</source>
        <translation>Protokollierungsmonate ändern</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>Projekt umbenennen</translation>
    </message>
    <message>
        <source>Change project region</source>
        <translation>Projektregion ändern</translation>
    </message>
    <message>
        <source>Change stage region</source>
        <translation>Phasenregion ändern</translation>
    </message>
    <message>
        <source>Change methodology</source>
        <translation>Methodik ändern</translation>
    </message>
    <message>
        <source>Change embodied carbon</source>
        <translation>Graue Emissionen ändern</translation>
    </message>
    <message>
        <source>Change PUE override</source>
        <translation>PUE-Vorgabe ändern</translation>
    </message>
    <message>
        <source>Change spot discount</source>
        <translation>Spot-Rabatt ändern</translation>
    </message>
    <message>
        <source>Change grid-intensity dataset</source>
        <translation>Netzintensitäts-Datensatz ändern</translation>
    </message>
    <message>
        <source>Change server lifetime</source>
        <translation>Server-Lebensdauer ändern</translation>
    </message>
    <message>
        <source>Change market-based year</source>
        <translation>Jahr für marktbasierte Werte ändern</translation>
    </message>
    <message>
        <source>Change work</source>
        <translation>Arbeitsumfang ändern</translation>
    </message>
    <message>
        <source>Change model parameters</source>
        <translation>Modellparameter ändern</translation>
    </message>
    <message>
        <source>Change training tokens</source>
        <translation>Trainings-Tokens ändern</translation>
    </message>
    <message>
        <source>Change epochs</source>
        <translation>Epochen ändern</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Anfragen ändern</translation>
    </message>
    <message>
        <source>Change tokens per request</source>
        <translation>Tokens pro Anfrage ändern</translation>
    </message>
    <message>
        <source>Change precision</source>
        <translation>Genauigkeit ändern</translation>
    </message>
    <message>
        <source>Add scenario from the Pareto front</source>
        <translation>Szenario aus der Pareto-Front hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Szenario duplizieren</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>Szenario hinzufügen</translation>
    </message>
    <message>
        <source>Remove scenario</source>
        <translation>Szenario entfernen</translation>
    </message>
    <message>
        <source>Apply suggestion</source>
        <translation>Vorschlag anwenden</translation>
    </message>
    <message>
        <source>Remove suggestion</source>
        <translation>Vorschlag entfernen</translation>
    </message>
    <message>
        <source>Set override</source>
        <translation>Überschreibung setzen</translation>
    </message>
    <message>
        <source>Change override path</source>
        <translation>Pfad der Überschreibung ändern</translation>
    </message>
    <message>
        <source>Remove override</source>
        <translation>Überschreibung entfernen</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <source>Toggle suggestion</source>
        <translation>Vorschlag umschalten</translation>
    </message>
    <message>
        <source>Calibrate &quot;%1&quot; from actuals</source>
        <translation>„%1“ aus Ist-Werten kalibrieren</translation>
    </message>
    <message>
        <source>Calibrate plan from actuals</source>
        <translation>Plan aus Ist-Werten kalibrieren</translation>
    </message>
    <message>
        <source>Calibrate component from actuals</source>
        <translation>Komponente aus Ist-Werten kalibrieren</translation>
    </message>
    <message>
        <source>Change allowed regions</source>
        <translation>Erlaubte Regionen ändern</translation>
    </message>
    <message>
        <source>Change accuracy floor</source>
        <translation>Mindestgenauigkeit ändern</translation>
    </message>
    <message>
        <source>Change latency ceiling</source>
        <translation>Latenzgrenze ändern</translation>
    </message>
    <message>
        <source>Change edge devices</source>
        <translation>Edge-Geräte ändern</translation>
    </message>
    <message>
        <source>Change users&apos; region</source>
        <translation>Region der Nutzer ändern</translation>
    </message>
    <message>
        <source>Add whole-plan scenario</source>
        <translation>Szenario für den ganzen Plan hinzufügen</translation>
    </message>
    <message>
        <source>Change active parameters</source>
        <translation>Aktive Parameter ändern</translation>
    </message>
    <message>
        <source>Change output tokens per request</source>
        <translation>Ausgabetokens pro Anfrage ändern</translation>
    </message>
    <message>
        <source>Change batch size</source>
        <translation>Batchgröße ändern</translation>
    </message>
    <message>
        <source>Change recurrence</source>
        <translation>Wiederholung ändern</translation>
    </message>
    <message>
        <source>Change recurrence months</source>
        <translation>Monate der Wiederholung ändern</translation>
    </message>
    <message>
        <source>Change requests per month</source>
        <translation>Anfragen pro Monat ändern</translation>
    </message>
    <message>
        <source>Change trainable parameters</source>
        <translation>Trainierbare Parameter ändern</translation>
    </message>
    <message>
        <source>Change sequence length</source>
        <translation>Sequenzlänge ändern</translation>
    </message>
    <message>
        <source>Change layers</source>
        <translation>Schichten ändern</translation>
    </message>
    <message>
        <source>Change hidden size</source>
        <translation>Verborgene Größe ändern</translation>
    </message>
    <message>
        <source>Change busy-time factor</source>
        <translation>Auslastungszeitfaktor ändern</translation>
    </message>
    <message>
        <source>Change accelerator load</source>
        <translation>Beschleunigerlast ändern</translation>
    </message>
</context>
<context>
    <name>greenprint::AccuracyTargetRule</name>
    <message>
        <source>Train &quot;%1&quot; to an accuracy target, not a fixed %2 epochs</source>
        <translation>„%1“ bis zu einem Genauigkeitsziel trainieren statt fester %2 Epochen</translation>
    </message>
    <message>
        <source>Stop when the validation score reaches the project&apos;s accuracy floor (%1 of the baseline score). Shown for %2 epochs instead of %3.</source>
        <translation>Beenden, sobald der Validierungswert die Genauigkeitsuntergrenze des Projekts erreicht (%1 des Basiswerts). Dargestellt mit %2 statt %3 Epochen.</translation>
    </message>
    <message>
        <source>Set an accuracy target (constraints.accuracyFloor) that meets the business requirement without exceeding it, and stop when the validation score reaches it. Shown for %1 epochs instead of %2.</source>
        <translation>Ein Genauigkeitsziel festlegen (constraints.accuracyFloor), das die fachliche Anforderung erfüllt, ohne sie zu übertreffen, und beenden, sobald der Validierungswert es erreicht. Dargestellt mit %1 statt %2 Epochen.</translation>
    </message>
    <message>
        <source>Assumption: the target is reached one epoch earlier; Greenprint does not know how fast your model converges.</source>
        <translation>Annahme: Das Ziel wird eine Epoche früher erreicht; Greenprint weiß nicht, wie schnell Ihr Modell konvergiert.</translation>
    </message>
    <message>
        <source>Accuracy stops at the target instead of the score of the last epoch.</source>
        <translation>Die Genauigkeit endet beim Ziel statt beim Wert der letzten Epoche.</translation>
    </message>
    <message>
        <source>Train to an accuracy target, not a fixed number of epochs</source>
        <translation>Bis zu einem Genauigkeitsziel trainieren, nicht über eine feste Zahl von Epochen</translation>
    </message>
</context>
<context>
    <name>greenprint::ActualImportRunner</name>
    <message>
        <source>Importing “%1”…</source>
        <translation>„%1“ wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Importing Actual Usage</source>
        <translation>Tatsächliche Nutzung importieren</translation>
    </message>
</context>
<context>
    <name>greenprint::AddScenario</name>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
</context>
<context>
    <name>greenprint::Advisor</name>
    <message>
        <source>On this plan it saves less than 0.5 % of the kgCO2e (%1 kgCO2e).</source>
        <translation>Bei diesem Plan spart es weniger als 0,5 % der kgCO2e (%1 kgCO2e).</translation>
    </message>
    <message>
        <source>uses %1, which the project does not allow (allowed: %2)</source>
        <translation>verwendet %1, was das Projekt nicht zulässt (zulässig: %2)</translation>
    </message>
    <message>
        <source>may lower accuracy by an amount no source states, and the project must keep %1 % of the baseline score</source>
        <translation>kann die Genauigkeit um einen von keiner Quelle genannten Betrag senken, und das Projekt muss %1 % des Basiswerts halten</translation>
    </message>
    <message>
        <source>keeps %1 % of the baseline score, below the project&apos;s floor of %2 %</source>
        <translation>hält %1 % des Basiswerts, unter der Untergrenze des Projekts von %2 %</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may slow responses past the project&apos;s ceiling of %2 ms</source>
        <translation>„%1“ kann Antworten über die Obergrenze des Projekts von %2 ms hinaus verlangsamen</translation>
    </message>
    <message>
        <source>On this plan it adds %1 kgCO2e: a cost saving that raises carbon.</source>
        <translation>Bei diesem Plan kommen %1 kgCO2e hinzu: eine Kostenersparnis, die die Emissionen erhöht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; puts the endpoints a median %2 ms round trip from users near %3 (region_latency.csv), past the project&apos;s ceiling of %4 ms</source>
        <translation>„%1“ bringt die Endpunkte auf eine mittlere Umlaufzeit von %2 ms zu Nutzern nahe %3 (region_latency.csv), über der Grenze des Projekts von %4 ms</translation>
    </message>
    <message>
        <source>%1 is not offered in %2 (EC2 offerings of %3), and the best match the Region offers saves neither carbon nor cost there</source>
        <translation>%1 wird in %2 nicht angeboten (EC2-Angebote vom %3), und die beste Entsprechung, die die Region anbietet, spart dort weder CO₂e noch Kosten</translation>
    </message>
</context>
<context>
    <name>greenprint::AllowedRegionsDialog</name>
    <message>
        <source>Allowed Regions</source>
        <translation>Erlaubte Regionen</translation>
    </message>
    <message>
        <source>Tick the regions the data and the workload may use (data residency), in the table or on the map. The region ranking, the advisor, the Pareto search and the PDF keep to them. No region ticked: any region.</source>
        <translation>Haken Sie die Regionen an, die Daten und Arbeitslast nutzen dürfen (Datenresidenz), in der Tabelle oder auf der Karte. Die Regionsrangliste, die Vorschläge, die Pareto-Suche und das PDF halten sich daran. Keine Region angehakt: jede Region.</translation>
    </message>
    <message>
        <source>Search region id, name or basis…</source>
        <translation>Regions-ID, Name oder Grundlage suchen…</translation>
    </message>
    <message>
        <source>Search regions</source>
        <translation>Regionen suchen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;Any Region</source>
        <translation>&amp;Jede Region</translation>
    </message>
    <message>
        <source>Untick every region: the plan may use any region</source>
        <translation>Alle Haken entfernen: der Plan darf jede Region nutzen</translation>
    </message>
    <message>
        <source>Regions; tick the allowed ones</source>
        <translation>Regionen; erlaubte anhaken</translation>
    </message>
</context>
<context>
    <name>greenprint::ArchiveStorageRule</name>
    <message>
        <source>Archive &quot;%1&quot; in %2 if it is rarely read</source>
        <translation>„%1“ in %2 archivieren, wenn selten gelesen wird</translation>
    </message>
    <message>
        <source>Archival storage classes are the energy-efficient tier for infrequently accessed data; S3 Intelligent-Tiering moves data between tiers by itself when access patterns change. AWS publishes no energy figure per storage class and the reference data gives every S3 class the same medium and replication, so only the cost changes here. Assumption: the data is read rarely.</source>
        <translation>Archiv-Speicherklassen sind die energieeffiziente Stufe für selten genutzte Daten; S3 Intelligent-Tiering verschiebt Daten selbstständig zwischen Stufen, wenn sich das Zugriffsmuster ändert. AWS veröffentlicht keine Energiewerte je Speicherklasse, und die Referenzdaten geben jeder S3-Klasse dasselbe Medium und dieselbe Replikation, daher ändern sich hier nur die Kosten. Annahme: Die Daten werden selten gelesen.</translation>
    </message>
    <message>
        <source>Retrieval takes minutes to hours and is billed per GB (not counted); objects are billed for at least 90 days.</source>
        <translation>Der Abruf dauert Minuten bis Stunden und wird pro GB berechnet (nicht berücksichtigt); Objekte werden mindestens 90 Tage berechnet.</translation>
    </message>
    <message>
        <source>Archive rarely read data in an archival storage class</source>
        <translation>Selten gelesene Daten in einer Archiv-Speicherklasse ablegen</translation>
    </message>
</context>
<context>
    <name>greenprint::AssumptionsView</name>
    <message>
        <source>Assumptions of the estimate</source>
        <translation>Annahmen der Schätzung</translation>
    </message>
    <message numerus="yes">
        <source>The estimate relies on %n assumption(s):</source>
        <translation>
            <numerusform>Die Schätzung beruht auf %n Annahme:</numerusform>
            <numerusform>Die Schätzung beruht auf %n Annahmen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::AsyncEndpointRule</name>
    <message>
        <source>Serve &quot;%1&quot; from an asynchronous endpoint that scales to zero</source>
        <translation>„%1“ über einen asynchronen Endpunkt bereitstellen, der auf null skaliert</translation>
    </message>
    <message>
        <source>The endpoint is busy %1 of its %2 hours. An asynchronous endpoint queues requests and can scale its instances to zero between bursts; the copy provisions it for the %3 busy hours only. Assumption: no warm-up or cool-down time. Not counted: the batching a queue allows (measured on an H100, batch 32 used %4 less energy per sample than batch 1).</source>
        <translation>Der Endpunkt ist %1 seiner %2 Stunden ausgelastet. Ein asynchroner Endpunkt reiht Anfragen ein und kann seine Instanzen zwischen Lastspitzen auf null skalieren; die Kopie stellt ihn nur für die %3 ausgelasteten Stunden bereit. Annahme: keine Aufwärm- oder Abkühlzeit. Nicht berücksichtigt: die Stapelverarbeitung, die eine Warteschlange ermöglicht (gemessen auf einer H100 brauchte Batch 32 %4 weniger Energie pro Sample als Batch 1).</translation>
    </message>
    <message>
        <source>Callers get results later (seconds to minutes when scaled to zero); only for users who can tolerate some latency.</source>
        <translation>Aufrufer erhalten Ergebnisse später (Sekunden bis Minuten, wenn auf null skaliert); nur für Nutzer, die etwas Latenz hinnehmen können.</translation>
    </message>
    <message>
        <source>Serve from asynchronous endpoints that scale to zero</source>
        <translation>Über asynchrone Endpunkte bereitstellen, die auf null skalieren</translation>
    </message>
</context>
<context>
    <name>greenprint::AtomicFile</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written</source>
        <translation>nur %1 von %2 Bytes konnten geschrieben werden</translation>
    </message>
</context>
<context>
    <name>greenprint::AutosaveController</name>
    <message>
        <source>cannot create the recovery folder %1</source>
        <translation>Der Wiederherstellungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot lock the recovery file in %1</source>
        <translation>Die Wiederherstellungsdatei in %1 kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>cannot write the recovery file: %1</source>
        <translation>Die Wiederherstellungsdatei kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>greenprint::AutoscalingRule</name>
    <message>
        <source>Traffic spikes wait for scale-out (minutes); keep a minimum capacity for availability.</source>
        <translation>Lastspitzen warten auf das Hochskalieren (Minuten); für die Verfügbarkeit eine Mindestkapazität vorhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Autoscale &quot;%1&quot;: about %n instance(s) instead of %2</source>
        <translation>
            <numerusform>„%1“ automatisch skalieren: etwa %n Instanz statt %2</numerusform>
            <numerusform>„%1“ automatisch skalieren: etwa %n Instanzen statt %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The endpoint is busy %1 of the time. Target-tracking autoscaling (with the instance type from Inference Recommender) keeps only the instances the traffic needs; the copy runs %n instance(s) on average. Assumption: the load is spread evenly and packs at up to 75 % utilization.</source>
        <translation>
            <numerusform>Der Endpunkt ist %1 der Zeit ausgelastet. Zielverfolgungs-Autoscaling (mit dem Instanztyp aus dem Inference Recommender) behält nur die Instanzen, die der Verkehr braucht; die Kopie betreibt im Mittel %n Instanz. Annahme: Die Last ist gleichmäßig verteilt und wird bis zu 75 % Auslastung gebündelt.</numerusform>
            <numerusform>Der Endpunkt ist %1 der Zeit ausgelastet. Zielverfolgungs-Autoscaling (mit dem Instanztyp aus dem Inference Recommender) behält nur die Instanzen, die der Verkehr braucht; die Kopie betreibt im Mittel %n Instanzen. Annahme: Die Last ist gleichmäßig verteilt und wird bis zu 75 % Auslastung gebündelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Autoscale the endpoints</source>
        <translation>Endpunkte automatisch skalieren</translation>
    </message>
</context>
<context>
    <name>greenprint::BackgroundRead</name>
    <message>
        <source>Reading “%1” (%2 MiB)…</source>
        <translation>„%1“ wird gelesen (%2 MiB)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Opening Project</source>
        <translation>Projekt öffnen</translation>
    </message>
</context>
<context>
    <name>greenprint::BandDrivers</name>
    <message>
        <source>Fraction of peak</source>
        <translation>Anteil der Spitze</translation>
    </message>
    <message>
        <source>Instance power</source>
        <translation>Leistungsaufnahme der Instanz</translation>
    </message>
    <message>
        <source>Grid intensity</source>
        <translation>Netzintensität</translation>
    </message>
    <message>
        <source>How much of its peak a job sized from work reaches: the P10 to P90 spread of the fit on published runs, or the class range where no fit applies. It sets the hours and the load together.</source>
        <translation>Wie viel seiner Spitzenleistung ein aus der Arbeit bemessener Job erreicht: die Spanne P10 bis P90 der Anpassung an veröffentlichte Läufe oder der Klassenbereich, wo keine Anpassung gilt. Er bestimmt Stunden und Last zugleich.</translation>
    </message>
    <message>
        <source>The power model&apos;s range at the component&apos;s load: measured, interpolated or derived, as the instance table says.</source>
        <translation>Die Spanne des Leistungsmodells bei der Last der Komponente: gemessen, interpoliert oder abgeleitet, wie es die Instanztabelle angibt.</translation>
    </message>
    <message>
        <source>The spread between the grid-intensity datasets that cover the Region.</source>
        <translation>Die Streuung zwischen den Datensätzen zur Netzintensität, die die Region abdecken.</translation>
    </message>
</context>
<context>
    <name>greenprint::BatchTransformRule</name>
    <message>
        <source>Run &quot;%1&quot; as a batch transform job</source>
        <translation>„%1“ als Batch-Transformationsjob ausführen</translation>
    </message>
    <message>
        <source>When results are not needed in real time, batch transform runs the %1 requests in large batches and decommissions the cluster when the job ends; the copy counts the busy hours of the work at full load instead of %2 provisioned hours. Measured on an H100, batch 32 used %3 less energy per sample than batch 1, so the saving per request can be larger than counted.</source>
        <translation>Werden Ergebnisse nicht in Echtzeit benötigt, verarbeitet Batch Transform die %1 Anfragen in großen Stapeln und baut den Cluster nach dem Job ab; die Kopie zählt die ausgelasteten Stunden der Arbeit bei Volllast statt %2 bereitgestellter Stunden. Gemessen auf einer H100 brauchte Batch 32 %3 weniger Energie pro Sample als Batch 1, die Ersparnis pro Anfrage kann also größer sein als berechnet.</translation>
    </message>
    <message>
        <source>Not real time: results arrive when the batch job runs.</source>
        <translation>Keine Echtzeit: Ergebnisse kommen, wenn der Batch-Job läuft.</translation>
    </message>
    <message>
        <source>Run inference as batch transform jobs</source>
        <translation>Inferenz als Batch-Transform-Jobs ausführen</translation>
    </message>
</context>
<context>
    <name>greenprint::BayesianTuningRule</name>
    <message>
        <source>Bayesian search for &quot;%1&quot;: %2 trials instead of %3</source>
        <translation>Bayes&apos;sche Suche für „%1“: %2 statt %3 Versuche</translation>
    </message>
    <message>
        <source>Bayesian search picks each trial from the results of the previous ones and typically needs %1x fewer training jobs than random search (C18).</source>
        <translation>Die Bayes&apos;sche Suche wählt jeden Versuch anhand der Ergebnisse der vorherigen und braucht typischerweise %1x weniger Trainingsjobs als die Zufallssuche (C18).</translation>
    </message>
    <message>
        <source>No source gives the ratio against grid search; the copy applies the random-search ratio.</source>
        <translation>Keine Quelle nennt das Verhältnis zur Rastersuche; die Kopie verwendet das Verhältnis der Zufallssuche.</translation>
    </message>
    <message>
        <source>Trials run more sequentially (less parallelism), so the search can take longer in wall-clock time.</source>
        <translation>Versuche laufen stärker nacheinander (weniger Parallelität), die Suche kann daher länger dauern.</translation>
    </message>
    <message>
        <source>Tune with Bayesian search</source>
        <translation>Mit bayesscher Suche abstimmen</translation>
    </message>
</context>
<context>
    <name>greenprint::Calibration</name>
    <message numerus="yes">
        <source>%1 (%2, %3 to %4, %n record(s))</source>
        <translation>
            <numerusform>%1 (%2, %3 bis %4, %n Datensatz)</numerusform>
            <numerusform>%1 (%2, %3 bis %4, %n Datensätze)</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: measured %2 h per trial and instance (the plan assumed %3 h), from %4</source>
        <translation>„%1“: gemessen %2 h pro Versuch und Instanz (der Plan nahm %3 h an), aus %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: measured %2 h per instance (the plan assumed %3 h), from %4</source>
        <translation>„%1“: gemessen %2 h pro Instanz (der Plan nahm %3 h an), aus %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: measured utilization %2 % (the plan assumed %3 %), from %4</source>
        <translation>„%1“: gemessene Auslastung %2 % (der Plan nahm %3 % an), aus %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: measured average power %2 W per instance replaces the power model (%3 W at the plan&apos;s load), from %4; its utilization no longer changes its energy</source>
        <translation>„%1“: die gemessene mittlere Leistung von %2 W pro Instanz ersetzt das Leistungsmodell (%3 W bei der Last des Plans), aus %4; ihre Auslastung ändert ihre Energie nicht mehr</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 was changed after calibration (measured %3 from %4); it is not counted as measured</source>
        <translation>„%1“: %2 wurde nach der Kalibrierung geändert (gemessen %3 aus %4); der Wert gilt nicht mehr als gemessen</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>utilization</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>power</source>
        <translation>Leistung</translation>
    </message>
</context>
<context>
    <name>greenprint::CatalogPickerDialog</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Chosen: none</source>
        <translation>Gewählt: keine</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Gewählt: %1</translation>
    </message>
    <message>
        <source>Chosen: %1, hidden by the search</source>
        <translation>Gewählt: %1, durch die Suche ausgeblendet</translation>
    </message>
</context>
<context>
    <name>greenprint::CcfProfile</name>
    <message>
        <source>CCF emission factor</source>
        <translation>CCF-Emissionsfaktor</translation>
    </message>
    <message>
        <source>CCF &quot;Unknown&quot; factor</source>
        <translation>CCF-Faktor „Unknown“</translation>
    </message>
    <message>
        <source>CCF gives a single figure, so low = central = high. Market-based figures apply AWS&apos;s renewable matching to CCF&apos;s location-based result (CCF reports no market-based figure).</source>
        <translation>CCF liefert einen einzigen Wert, daher gilt niedrig = zentral = hoch. Marktbasierte Werte wenden die Ökostrom-Deckung von AWS auf das standortbasierte CCF-Ergebnis an (CCF selbst nennt keinen marktbasierten Wert).</translation>
    </message>
    <message>
        <source>%1: as CCF does for SageMaker usage, &quot;ml.&quot; is stripped to find the vCPUs and GPUs, but the processors are looked up under the full name, which CCF does not list: its average watts, and no memory</source>
        <translation>%1: Wie CCF bei SageMaker-Nutzung entfernt es „ml.“, um vCPUs und GPUs zu finden, sucht die Prozessoren aber unter dem vollen Namen, den CCF nicht führt: seine Durchschnittswatt und kein Speicher</translation>
    </message>
    <message>
        <source>%1: CCF has no watts for its processors; CCF&apos;s averages (%2–%3 W per vCPU) are used, as CCF does</source>
        <translation>%1: CCF hat keine Wattwerte für seine Prozessoren; wie bei CCF werden dessen Durchschnittswerte (%2–%3 W je vCPU) verwendet</translation>
    </message>
    <message>
        <source>%1: CCF has no watts for its GPUs; as CCF&apos;s code does, its average CPU watts are used per GPU</source>
        <translation>%1: CCF hat keine Wattwerte für seine GPUs; wie im Code von CCF werden je GPU die durchschnittlichen CPU-Wattwerte verwendet</translation>
    </message>
    <message>
        <source>%1: burstable; CCF counts its %2 % baseline of %3 vCPUs</source>
        <translation>%1: burstfähig; CCF zählt die Basisleistung von %2 % der %3 vCPUs</translation>
    </message>
    <message>
        <source>%1: not in CCF&apos;s instance list; the power figures of your catalog are used (Greenprint&apos;s extrapolation, not CCF&apos;s)</source>
        <translation>%1: nicht in der Instanzliste von CCF; die Leistungswerte Ihres Katalogs werden verwendet (Extrapolation von Greenprint, nicht von CCF)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not covered by CCF (%2 lists no such type): CCF would estimate it only from the vCPU count of the bill. Greenprint&apos;s extrapolation: its %3 vCPUs at CCF&apos;s average watts; accelerators, memory and embodied emissions are not counted</source>
        <translation>„%1“ wird von CCF nicht abgedeckt (%2 führt diesen Typ nicht): CCF würde ihn nur aus der vCPU-Zahl der Rechnung schätzen. Extrapolation von Greenprint: seine %3 vCPUs mit den Durchschnittswatt von CCF; Beschleuniger, Speicher und graue Emissionen werden nicht gezählt</translation>
    </message>
    <message>
        <source>%1: CCF lists no factor; its &quot;Unknown&quot; average is used, as CCF does</source>
        <translation>%1: CCF führt keinen Faktor; wie bei CCF wird dessen Durchschnitt „Unknown“ verwendet</translation>
    </message>
    <message>
        <source>Cloud Carbon Footprint profile: reproduces %1 (npm), its instance list, coefficients and code path; utilization fixed at CCF&apos;s %2 %, PUE %3, CCF&apos;s emission factors.</source>
        <translation>Profil Cloud Carbon Footprint: bildet %1 (npm) nach, mit dessen Instanzliste, Koeffizienten und Rechenweg; Auslastung fest auf den %2 % von CCF, PUE %3, Emissionsfaktoren von CCF.</translation>
    </message>
    <message>
        <source>CCF embodied emissions: its scope-3 figure of the server x hours / vCPUs / %1 h x vCPUs / the family&apos;s largest vCPUs, as CCF&apos;s code computes it (CCF fixes the server life at %1 h; the project&apos;s %2-year setting applies to the greenprint profile only).</source>
        <translation>Graue Emissionen nach CCF: dessen Scope-3-Wert des Servers x Stunden / vCPUs / %1 h x vCPUs / vCPUs der größten Größe der Familie, wie der Code von CCF rechnet (CCF legt die Serverlebensdauer auf %1 h fest; die Einstellung des Projekts von %2 Jahren gilt nur für das Profil greenprint).</translation>
    </message>
    <message>
        <source>As CCF does, the energy includes embodied emissions converted to kWh at the region&apos;s factor; that part is not electricity drawn.</source>
        <translation>Wie bei CCF enthält die Energie die grauen Emissionen, mit dem Faktor der Region in kWh umgerechnet; dieser Teil ist kein bezogener Strom.</translation>
    </message>
    <message>
        <source>Cloud Carbon Footprint method, reproducing %1 (npm) over CCF&apos;s own instance list and tables: per-vCPU min/max watts of the type&apos;s processors at %2 % utilization, GPUs and memory as CCF counts them, CCF&apos;s PUE, emission factors and embodied emissions as its code computes them (also reported as energy, as CCF does), so that the numbers match that tool. A type CCF does not list is flagged.</source>
        <translation>Methode Cloud Carbon Footprint, die %1 (npm) mit der eigenen Instanzliste und den Tabellen von CCF nachbildet: minimale/maximale Watt je vCPU der Prozessoren des Typs bei %2 % Auslastung, GPUs und Speicher so, wie CCF sie zählt, PUE, Emissionsfaktoren und graue Emissionen von CCF so, wie dessen Code sie berechnet (wie bei CCF auch als Energie ausgewiesen), damit die Zahlen mit diesem Werkzeug übereinstimmen. Ein Typ, den CCF nicht führt, wird gekennzeichnet.</translation>
    </message>
    <message>
        <source>CCF</source>
        <translation>CCF</translation>
    </message>
</context>
<context>
    <name>greenprint::Charts</name>
    <message>
        <source>million %1</source>
        <translation>Mio. %1</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>Tsd. %1</translation>
    </message>
</context>
<context>
    <name>greenprint::ComparisonCharts</name>
    <message>
        <source>Carbon per stage, baseline against scenario</source>
        <translation>CO₂e pro Phase, Ausgangsplan gegen Szenario</translation>
    </message>
    <message>
        <source>No scenario to compare</source>
        <translation>Kein Szenario zum Vergleichen</translation>
    </message>
    <message>
        <source>Carbon per stage, baseline and scenario (%1)</source>
        <translation>CO₂e pro Phase, Ausgangsplan und Szenario (%1)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangsplan</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>%1 (operational %2, embodied %3)</source>
        <translation>%1 (Betrieb %2, grau %3)</translation>
    </message>
    <message>
        <source>%1
Baseline: %2
Scenario: %3</source>
        <translation>%1
Ausgangsplan: %2
Szenario: %3</translation>
    </message>
</context>
<context>
    <name>greenprint::ComponentForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A name for this component, shown in the stage navigator and in reports.</source>
        <translation>Ein Name für diese Komponente, angezeigt im Phasennavigator und in Berichten.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Pick an instance type from the catalog</source>
        <translation>Einen Instanztyp aus dem Katalog wählen</translation>
    </message>
    <message>
        <source>Choose instance type</source>
        <translation>Instanztyp wählen</translation>
    </message>
    <message>
        <source>&amp;Instance type:</source>
        <translation>&amp;Instanztyp:</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Si&amp;ze by:</source>
        <translation>&amp;Bemessen nach:</translation>
    </message>
    <message>
        <source>State the hours, or the work (model size and tokens) from which the hours follow through the instance&apos;s accelerator throughput. Changing the instance then changes the hours by the throughput ratio.</source>
        <translation>Geben Sie die Stunden an oder die Arbeit (Modellgröße und Tokens), aus der sich die Stunden über den Durchsatz des Beschleunigers der Instanz ergeben. Ein Wechsel der Instanz ändert dann die Stunden im Verhältnis der Durchsätze.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>Inferenz</translation>
    </message>
    <message>
        <source>&amp;Work kind:</source>
        <translation>&amp;Art der Arbeit:</translation>
    </message>
    <message>
        <source>Training: FLOPs = 6 × parameters × tokens × epochs. Inference: FLOPs = 2 × parameters × tokens per request × requests.</source>
        <translation>Training: FLOPs = 6 × Parameter × Tokens × Epochen. Inferenz: FLOPs = 2 × Parameter × Tokens pro Anfrage × Anfragen.</translation>
    </message>
    <message>
        <source>P&amp;arameters:</source>
        <translation>P&amp;arameter:</translation>
    </message>
    <message>
        <source> billion</source>
        <translation> Mrd.</translation>
    </message>
    <message>
        <source>Model parameters, in billions (e.g. 0.34 for BERT-large, 7 for a 7B model).</source>
        <translation>Modellparameter in Milliarden (z. B. 0,34 für BERT-large, 7 für ein 7B-Modell).</translation>
    </message>
    <message>
        <source>Training to&amp;kens:</source>
        <translation>Trainings-To&amp;kens:</translation>
    </message>
    <message>
        <source> billion per epoch</source>
        <translation> Mrd. pro Epoche</translation>
    </message>
    <message>
        <source>Tokens seen in one epoch, in billions.</source>
        <translation>In einer Epoche gesehene Tokens, in Milliarden.</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> Epochen</translation>
    </message>
    <message>
        <source>Passes over the training tokens.</source>
        <translation>Durchläufe über die Trainings-Tokens.</translation>
    </message>
    <message>
        <source>Re&amp;quests:</source>
        <translation>An&amp;fragen:</translation>
    </message>
    <message>
        <source> million</source>
        <translation> Mio.</translation>
    </message>
    <message>
        <source>Requests served, in millions (over the hours provisioned for an endpoint).</source>
        <translation>Bediente Anfragen in Millionen (über die bereitgestellten Stunden eines Endpunkts).</translation>
    </message>
    <message>
        <source>To&amp;kens per request:</source>
        <translation>To&amp;kens pro Anfrage:</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <source>Tokens processed per request (prompt and output).</source>
        <translation>Pro Anfrage verarbeitete Tokens (Prompt und Ausgabe).</translation>
    </message>
    <message>
        <source>P&amp;recision:</source>
        <translation>Ge&amp;nauigkeit:</translation>
    </message>
    <message>
        <source>Number format of the job; the accelerator&apos;s peak throughput at this precision sizes the hours (int8 in TOPS).</source>
        <translation>Zahlenformat des Jobs; der Spitzendurchsatz des Beschleunigers in dieser Genauigkeit bemisst die Stunden (int8 in TOPS).</translation>
    </message>
    <message>
        <source>Derived:</source>
        <translation>Abgeleitet:</translation>
    </message>
    <message>
        <source>From the live estimate: hours = FLOPs ÷ (instances × peak TFLOPS × achieved fraction of peak, MFU). Read-only.</source>
        <translation>Aus der laufenden Schätzung: Stunden = FLOPs ÷ (Instanzen × Spitzen-TFLOPS × erreichter Anteil der Spitze, MFU). Schreibgeschützt.</translation>
    </message>
    <message>
        <source>The hours cannot be derived: %1.</source>
        <translation>Die Stunden können nicht abgeleitet werden: %1.</translation>
    </message>
    <message>
        <source>The hours cannot be derived (see Issues).</source>
        <translation>Die Stunden können nicht abgeleitet werden (siehe Probleme).</translation>
    </message>
    <message>
        <source>at %1 % of %2 TFLOPS peak</source>
        <translation>bei %1 % von %2 TFLOPS Spitze</translation>
    </message>
    <message>
        <source>≈ %1 h per trial
%2
%3 h per instance, all trials</source>
        <translation>≈ %1 h pro Versuch
%2
%3 h pro Instanz, alle Versuche</translation>
    </message>
    <message>
        <source>≈ %1 h busy
%2
%3 h of capacity counted</source>
        <translation>≈ %1 h ausgelastet
%2
%3 h Kapazität berechnet</translation>
    </message>
    <message>
        <source>≈ %1 h per instance
%2</source>
        <translation>≈ %1 h pro Instanz
%2</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>accelerator load %1 % on the power curve</source>
        <translation>Beschleunigerlast %1 % auf der Leistungskurve</translation>
    </message>
    <message>
        <source>at %1 TFLOPS sustained
(a published achieved rate, not a peak)</source>
        <translation>bei %1 TFLOPS Dauerleistung
(ein veröffentlichter erreichter Wert, keine Spitzenleistung)</translation>
    </message>
    <message>
        <source>Acti&amp;ve parameters:</source>
        <translation>Akti&amp;ve Parameter:</translation>
    </message>
    <message>
        <source>All (dense)</source>
        <translation>Alle (dicht)</translation>
    </message>
    <message>
        <source>Mixture of experts: the parameters each token passes through, in billions (e.g. 3 for a 30B-A3B model). FLOPs count these; memory holds all parameters. Unset: a dense model.</source>
        <translation>Mixture of Experts: die Parameter, die jedes Token durchläuft, in Milliarden (z. B. 3 für ein 30B-A3B-Modell). Die FLOPs zählen diese; der Speicher hält alle Parameter. Nicht gesetzt: ein dichtes Modell.</translation>
    </message>
    <message>
        <source>Not served token by token</source>
        <translation>Nicht Token für Token bedient</translation>
    </message>
    <message>
        <source>Of the tokens per request, those generated one at a time. Set, the request is served as a language model serves it: the prompt in one compute-bound pass, each output token in a decode step bound by memory bandwidth. Unset: one pass over all tokens.</source>
        <translation>Von den Tokens pro Anfrage die einzeln erzeugten. Gesetzt, wird die Anfrage so bedient, wie ein Sprachmodell sie bedient: der Prompt in einem rechengebundenen Durchlauf, jedes Ausgabetoken in einem durch die Speicherbandbreite begrenzten Decode-Schritt. Nicht gesetzt: ein Durchlauf über alle Tokens.</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batchgröße:</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> Anfragen</translation>
    </message>
    <message>
        <source>1 (assumed)</source>
        <translation>1 (Annahme)</translation>
    </message>
    <message>
        <source>Requests one model replica decodes together (batch or concurrency). Larger batches share each read of the weights: far less energy per token. Unset: 1, one request at a time, listed under the assumptions.</source>
        <translation>Anfragen, die eine Modellreplik gemeinsam decodiert (Batch oder Nebenläufigkeit). Größere Batches teilen sich jedes Lesen der Gewichte: weit weniger Energie pro Token. Nicht gesetzt: 1, eine Anfrage nach der anderen, unter den Annahmen aufgeführt.</translation>
    </message>
    <message>
        <source>Output tokens p&amp;er request:</source>
        <translation>Ausgabetokens pro Anfrag&amp;e:</translation>
    </message>
    <message>
        <source> million / month</source>
        <translation> Mio. / Monat</translation>
    </message>
    <message>
        <source>Traffic in millions of requests per month (730 h), over the hours provisioned: 2 million a month for a year (8760 h) serves 24 million.</source>
        <translation>Verkehr in Millionen Anfragen pro Monat (730 h) über die bereitgestellten Stunden: 2 Millionen im Monat über ein Jahr (8760 h) bedienen 24 Millionen.</translation>
    </message>
    <message>
        <source>Trainab&amp;le parameters:</source>
        <translation>Trainier&amp;bare Parameter:</translation>
    </message>
    <message>
        <source>All (full training)</source>
        <translation>Alle (volles Training)</translation>
    </message>
    <message>
        <source>LoRA or adapter fine-tuning: the parameters whose weights are trained, in millions (e.g. 4.2 for rank-8 LoRA on the query and value projections of a 7B model). Weight gradients are computed for these only, so FLOPs per token fall from 6 × parameters towards 4 ×. Unset: all parameters are trained.</source>
        <translation>LoRA- oder Adapter-Feinabstimmung: die Parameter, deren Gewichte trainiert werden, in Millionen (z. B. 4,2 für LoRA mit Rang 8 auf den Query- und Value-Projektionen eines 7B-Modells). Gewichtsgradienten werden nur für diese berechnet, daher sinken die FLOPs je Token von 6 × Parameter gegen 4 ×. Nicht gesetzt: alle Parameter werden trainiert.</translation>
    </message>
    <message>
        <source>Sequence len&amp;gth:</source>
        <translation>Sequenzlän&amp;ge:</translation>
    </message>
    <message>
        <source>Attention not counted</source>
        <translation>Attention nicht gezählt</translation>
    </message>
    <message>
        <source>Tokens per training sequence. With the layers and the hidden size, attention adds 12 × layers × hidden size × sequence length FLOPs per token (PaLM, appendix B): 15 % more for a 7B model at 4k tokens, more than double at 32k. Unset: 6 × parameters per token.</source>
        <translation>Token je Trainingssequenz. Mit den Schichten und der verborgenen Größe fügt die Attention 12 × Schichten × verborgene Größe × Sequenzlänge FLOPs je Token hinzu (PaLM, Anhang B): 15 % mehr für ein 7B-Modell bei 4k Token, mehr als das Doppelte bei 32k. Nicht gesetzt: 6 × Parameter je Token.</translation>
    </message>
    <message>
        <source>La&amp;yers:</source>
        <translation>Sc&amp;hichten:</translation>
    </message>
    <message>
        <source> layers</source>
        <translation> Schichten</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Transformer layers of the model (num_hidden_layers in its configuration); with the sequence length and the hidden size.</source>
        <translation>Transformer-Schichten des Modells (num_hidden_layers in seiner Konfiguration); zusammen mit der Sequenzlänge und der verborgenen Größe.</translation>
    </message>
    <message>
        <source>Hi&amp;dden size:</source>
        <translation>Verborgene &amp;Größe:</translation>
    </message>
    <message>
        <source>Attention heads × head dimension (hidden_size in most model configurations); with the sequence length and the layers.</source>
        <translation>Attention-Köpfe × Kopfdimension (hidden_size in den meisten Modellkonfigurationen); zusammen mit der Sequenzlänge und den Schichten.</translation>
    </message>
    <message>
        <source>load %1 % on the power curve, the method&apos;s own
(the work implies %2 %)</source>
        <translation>Last %1 % auf der Leistungskurve, die der Methode
(die Arbeit ergibt %2 %)</translation>
    </message>
    <message>
        <source>Busy-time &amp;factor:</source>
        <translation>Auslastungszeit&amp;faktor:</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>None (× 1)</source>
        <translation>Keiner (× 1)</translation>
    </message>
    <message>
        <source>The same work in a fraction of the time, at the load the work implies: an optimization&apos;s measured effect, such as a compiled or quantized model (0.87 = 13 % less busy time). The advisor&apos;s compile, quantize and mixed-precision copies set it, with its source. Unset: the hours the work implies.</source>
        <translation>Dieselbe Arbeit in einem Bruchteil der Zeit, bei der Last, die die Arbeit ergibt: die gemessene Wirkung einer Optimierung, etwa eines kompilierten oder quantisierten Modells (0,87 = 13 % weniger Auslastungszeit). Die Kopien des Beraters zum Kompilieren, Quantisieren und zur gemischten Genauigkeit setzen ihn, mit seiner Quelle. Nicht gesetzt: die Stunden, die die Arbeit ergibt.</translation>
    </message>
    <message>
        <source>no source stated</source>
        <translation>keine Quelle angegeben</translation>
    </message>
    <message>
        <source>busy time × %1
(%2)</source>
        <translation>Auslastungszeit × %1
(%2)</translation>
    </message>
    <message>
        <source>Accelerator &amp;load:</source>
        <translation>Beschleuniger&amp;last:</translation>
    </message>
    <message>
        <source>Derived from the work</source>
        <translation>Aus der Arbeit abgeleitet</translation>
    </message>
    <message>
        <source>The load on the accelerators&apos; power curve while the job is busy. Greenprint derives it from the same achieved fraction of peak that sets the hours (shown under Derived). Set by hand, time and power no longer follow one model, and the estimate warns. Unset: derived from the work.</source>
        <translation>Die Last auf der Leistungskurve der Beschleuniger, solange der Job läuft. Greenprint leitet sie aus demselben erreichten Anteil der Spitzenleistung ab, der die Stunden bestimmt (unter „Abgeleitet“ angezeigt). Von Hand gesetzt, folgen Zeit und Leistung nicht mehr einem Modell, und die Schätzung warnt. Nicht gesetzt: aus der Arbeit abgeleitet.</translation>
    </message>
</context>
<context>
    <name>greenprint::ComputeForm</name>
    <message>
        <source>The EC2 instance type. Its idle and maximum power, embodied carbon and price come from the reference data or your own catalog.</source>
        <translation>Der EC2-Instanztyp. Leerlauf- und Maximalleistung, graue Emissionen und Preis stammen aus den Referenzdaten oder Ihrem eigenen Katalog.</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Anzahl:</translation>
    </message>
    <message>
        <source> instances</source>
        <translation> Instanzen</translation>
    </message>
    <message>
        <source>How many instances run in parallel.</source>
        <translation>Wie viele Instanzen parallel laufen.</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Stunden:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Utilization:</source>
        <translation>A&amp;uslastung:</translation>
    </message>
    <message>
        <source>Average load of each instance over those hours; power is interpolated between idle (0 %) and maximum (100 %).</source>
        <translation>Mittlere Last jeder Instanz in diesen Stunden; die Leistung wird zwischen Leerlauf (0 %) und Maximum (100 %) interpoliert.</translation>
    </message>
    <message>
        <source>&amp;Measured power:</source>
        <translation>Mess&amp;leistung:</translation>
    </message>
    <message>
        <source> W</source>
        <translation> W</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Nicht gemessen</translation>
    </message>
    <message>
        <source>Average power you measured per instance (watts, before PUE). Replaces the utilization-based estimate when set.</source>
        <translation>Von Ihnen gemessene mittlere Leistung pro Instanz (Watt, vor PUE). Ersetzt, wenn gesetzt, die Schätzung aus der Auslastung.</translation>
    </message>
    <message>
        <source>&amp;Pricing:</source>
        <translation>&amp;Preismodell:</translation>
    </message>
    <message>
        <source>On-Demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>Spot</translation>
    </message>
    <message>
        <source>Spot capacity is billed at the spot discount; energy and carbon are the same.</source>
        <translation>Spot-Kapazität wird mit dem Spot-Rabatt berechnet; Energie und Emissionen bleiben gleich.</translation>
    </message>
    <message>
        <source>Wall-clock hours each instance runs (each run, for a recurring job).</source>
        <translation>Laufzeit jeder Instanz in Stunden (je Lauf bei einem wiederkehrenden Job).</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>&amp;Läufe:</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmal</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Jeden Monat</translation>
    </message>
    <message>
        <source>A job that runs again and again (a weekly ETL, a nightly retraining): the hours or work above are one run&apos;s, and the estimate counts every run.</source>
        <translation>Ein Job, der immer wieder läuft (ein wöchentlicher ETL-Lauf, ein nächtliches Nachtrainieren): Die Stunden oder die Arbeit oben gelten für einen Lauf, und die Schätzung zählt jeden Lauf.</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>Ü&amp;ber:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>How long the job keeps recurring. A month is 730 h (8760 h / 12), so weekly for 12 months is 52.1 runs and daily for 12 months 365.</source>
        <translation>Wie lange der Job wiederholt wird. Ein Monat hat 730 h (8760 h / 12); wöchentlich über 12 Monate sind also 52,1 Läufe, täglich über 12 Monate 365.</translation>
    </message>
    <message>
        <source>Run count:</source>
        <translation>Anzahl Läufe:</translation>
    </message>
    <message>
        <source>Runs the estimate counts: the months × 730 h divided by the hours between runs (24, 168 or 730).</source>
        <translation>Die Läufe, die die Schätzung zählt: Monate × 730 h geteilt durch die Stunden zwischen zwei Läufen (24, 168 oder 730).</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 Läufe</translation>
    </message>
</context>
<context>
    <name>greenprint::ConstraintsForm</name>
    <message>
        <source>&amp;Latency ceiling:</source>
        <translation>&amp;Latenzgrenze:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>The slowest acceptable response of the inference endpoints, in milliseconds. Suggestions that may slow responses past it (batch, asynchronous or serverless serving) are not offered. None: no ceiling.</source>
        <translation>Die langsamste annehmbare Antwort der Inferenz-Endpunkte, in Millisekunden. Vorschläge, die Antworten darüber hinaus verlangsamen können (Batch-, asynchrone oder Serverless-Bereitstellung), werden nicht angeboten. Keine: keine Grenze.</translation>
    </message>
    <message>
        <source>Accuracy &amp;floor:</source>
        <translation>&amp;Mindestgenauigkeit:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of the baseline model&apos;s score that must be kept, in percent. Suggestions that may lower accuracy below it, or by an amount no source states, are not offered. None: accuracy may be traded, and the advisor asks before it does.</source>
        <translation>Der Anteil der Bewertung des Ausgangsmodells, der erhalten bleiben muss, in Prozent. Vorschläge, die die Genauigkeit darunter oder um einen von keiner Quelle genannten Betrag senken können, werden nicht angeboten. Keine: Genauigkeit darf eingetauscht werden, und die Vorschläge fragen vorher nach.</translation>
    </message>
    <message>
        <source>Edge devices:</source>
        <translation>Edge-Geräte:</translation>
    </message>
    <message>
        <source>Served to &amp;edge devices</source>
        <translation>An &amp;Edge-Geräte ausgeliefert</translation>
    </message>
    <message>
        <source>The model runs on devices (IoT, phones, cameras): the advisor may then offer compiling it for the edge.</source>
        <translation>Das Modell läuft auf Geräten (IoT, Telefone, Kameras): dann kann vorgeschlagen werden, es für die Edge zu kompilieren.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose allowed regions</source>
        <translation>Erlaubte Regionen wählen</translation>
    </message>
    <message>
        <source>Tick the allowed regions in a table or on the map</source>
        <translation>Erlaubte Regionen in einer Tabelle oder auf der Karte anhaken</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Jede Region</translation>
    </message>
    <message>
        <source>The regions the data and the workload may use (data residency), separated by commas. Empty: any region. The region ranking, the advisor and the Pareto search consider only these.</source>
        <translation>Die Regionen, die Daten und Arbeitslast nutzen dürfen (Datenresidenz), durch Kommas getrennt. Leer: jede Region. Die Regionsrangliste, die Vorschläge und die Pareto-Suche berücksichtigen nur diese.</translation>
    </message>
    <message>
        <source>Allowed re&amp;gions:</source>
        <translation>Erlaubte Re&amp;gionen:</translation>
    </message>
    <message>
        <source>Allowed regions</source>
        <translation>Erlaubte Regionen</translation>
    </message>
    <message>
        <source>&amp;Users near:</source>
        <translation>&amp;Nutzer nahe:</translation>
    </message>
    <message>
        <source>The AWS Region nearest the users of the endpoints. A latency ceiling is checked from there with the measured round trip between regions (cloudping.co): a move of the endpoints is dropped only when it exceeds the ceiling. Empty: the users are taken to be near the endpoints&apos; current region.</source>
        <translation>Die AWS-Region, die den Nutzern der Endpunkte am nächsten liegt. Eine Latenzgrenze wird von dort mit der gemessenen Umlaufzeit zwischen Regionen (cloudping.co) geprüft: ein Umzug der Endpunkte entfällt nur, wenn er sie überschreitet. Leer: die Nutzer gelten als nahe der aktuellen Region der Endpunkte.</translation>
    </message>
    <message>
        <source>The endpoints&apos; region</source>
        <translation>Region der Endpunkte</translation>
    </message>
</context>
<context>
    <name>greenprint::CsvReader</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>Der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the record has %1 fields, the header has %2</source>
        <translation>Der Datensatz hat %1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; quote the whole field and double the quote</source>
        <translation>Anführungszeichen in einem Feld ohne Anführungszeichen; das ganze Feld in Anführungszeichen setzen und das Zeichen verdoppeln</translation>
    </message>
    <message>
        <source>unexpected character after the closing quote of a field</source>
        <translation>Unerwartetes Zeichen nach dem schließenden Anführungszeichen eines Feldes</translation>
    </message>
    <message>
        <source>the quoted field starting here is not closed before the end of the file</source>
        <translation>Das hier beginnende Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <source>the file has no header line</source>
        <translation>Die Datei hat keine Kopfzeile</translation>
    </message>
</context>
<context>
    <name>greenprint::Dashboard</name>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>CO₂e</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Hover a bar for the stage&apos;s low–high range and market-based carbon.</source>
        <translation>Zeigen Sie auf einen Balken für die Spanne der Phase und die marktbasierten Emissionen.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Gesamt %1</translation>
    </message>
    <message>
        <source>Range %1 (low–high)</source>
        <translation>Spanne %1 (niedrig–hoch)</translation>
    </message>
    <message>
        <source>IT %1 before PUE</source>
        <translation>IT %1 vor PUE</translation>
    </message>
    <message>
        <source>Market-based (%1): %2</source>
        <translation>Marktbasiert (%1): %2</translation>
    </message>
    <message>
        <source>List prices, no range</source>
        <translation>Listenpreise, keine Spanne</translation>
    </message>
    <message>
        <source>On-demand and spot as planned</source>
        <translation>On-Demand und Spot wie geplant</translation>
    </message>
    <message>
        <source>Operational %1, embodied %2%3 (over %4 years). %5 method, grid intensity: %6 dataset.</source>
        <translation>Betrieb %1, grau %2%3 (über %4 Jahre). Methode %5, Netzintensität: Datensatz %6.</translation>
    </message>
    <message>
        <source> (not included)</source>
        <translation> (nicht enthalten)</translation>
    </message>
    <message>
        <source>Some component could not be estimated: see Issues</source>
        <translation>Eine Komponente konnte nicht geschätzt werden: siehe Probleme</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>nicht geschätzt</translation>
    </message>
    <message>
        <source>Market-based (%1): not estimated</source>
        <translation>Marktbasiert (%1): nicht geschätzt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Some price is missing from the reference data: see Issues</source>
        <translation>In den Referenzdaten fehlt ein Preis: siehe Probleme</translation>
    </message>
    <message>
        <source>Per unit of work (SCI): %1</source>
        <translation>Pro Arbeitseinheit (SCI): %1</translation>
    </message>
    <message>
        <source>The inputs&apos; ranges, each read as its P10 to P90 interval, combined in quadrature. The chart &quot;What makes the carbon range&quot; shows each input alone.</source>
        <translation>Die Spannen der Eingaben, jede als ihr Intervall P10 bis P90 gelesen, quadratisch kombiniert. Das Diagramm „Was die CO2-Spanne ausmacht“ zeigt jede Eingabe allein.</translation>
    </message>
    <message>
        <source>Operational carbon only (Scope 2): 0 g/kWh where AWS matched the region&apos;s electricity with renewables in %1; elsewhere the residual mix of the region&apos;s country where a published one is stored, else the location-based factor (each such region is listed under Assumptions). Embodied emissions are not electricity and are not included. Reported beside the location-based total, never instead of it.</source>
        <translation>Nur Betriebsemissionen (Scope 2): 0 g/kWh, wo AWS den Strom der Region %1 mit erneuerbaren Energien gedeckt hat; sonst der Residualmix des Landes der Region, sofern ein veröffentlichter hinterlegt ist, andernfalls der standortbasierte Faktor (jede solche Region steht unter Annahmen). Graue Emissionen sind kein Strom und nicht enthalten. Wird neben der standortbasierten Summe angegeben, nie an ihrer Stelle.</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>wird geschätzt…</translation>
    </message>
    <message>
        <source>A change is being estimated; the figures follow when it is done</source>
        <translation>Eine Änderung wird geschätzt; die Zahlen folgen, sobald sie fertig ist</translation>
    </message>
</context>
<context>
    <name>greenprint::DeltaTable</name>
    <message>
        <source>Baseline against scenario: totals and changes</source>
        <translation>Ausgangsplan gegen Szenario: Summen und Änderungen</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangsplan</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>Änderung (%)</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Energie (kWh)</translation>
    </message>
    <message>
        <source>Carbon, location-based (kgCO2e)</source>
        <translation>CO₂e, standortbasiert (kgCO2e)</translation>
    </message>
    <message>
        <source>Carbon, market-based (kgCO2e)</source>
        <translation>CO₂e, marktbasiert (kgCO2e)</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
    <message>
        <source>Job hours (h)</source>
        <translation>Job-Stunden (h)</translation>
    </message>
    <message>
        <source>%1: baseline %2, scenario %3</source>
        <translation>%1: Ausgangsplan %2, Szenario %3</translation>
    </message>
    <message>
        <source>No scenario to compare</source>
        <translation>Kein Szenario zum Vergleichen</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>nicht geschätzt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>greenprint::DistilledModelRule</name>
    <message>
        <source>Use a distilled model (DistilBERT) for &quot;%1&quot;</source>
        <translation>Ein destilliertes Modell (DistilBERT) für „%1“ verwenden</translation>
    </message>
    <message>
        <source>A distilled BERT has %1 fewer parameters and keeps %2 of BERT&apos;s score (C12, C14); the copy sizes the work with %1 fewer parameters.</source>
        <translation>Ein destilliertes BERT hat %1 weniger Parameter und behält %2 des BERT-Werts (C12, C14); die Kopie bemisst die Arbeit mit %1 weniger Parametern.</translation>
    </message>
    <message>
        <source>Measured on an H100: %1 less energy per training step.</source>
        <translation>Gemessen auf einer H100: %1 weniger Energie pro Trainingsschritt.</translation>
    </message>
    <message>
        <source>Measured on an H100: %1 less energy per inference sample.</source>
        <translation>Gemessen auf einer H100: %1 weniger Energie pro Inferenz-Sample.</translation>
    </message>
    <message>
        <source>Keeps about %1 of the score (GLUE, C14); the distilled model must be trained or fine-tuned for your task.</source>
        <translation>Behält etwa %1 des Werts (GLUE, C14); das destillierte Modell muss für Ihre Aufgabe trainiert oder feinabgestimmt werden.</translation>
    </message>
    <message>
        <source>Use a distilled model (DistilBERT)</source>
        <translation>Ein destilliertes Modell (DistilBERT) verwenden</translation>
    </message>
</context>
<context>
    <name>greenprint::EdgeDeploymentRule</name>
    <message>
        <source>Run inference on the edge devices</source>
        <translation>Inferenz auf den Edge-Geräten ausführen</translation>
    </message>
    <message numerus="yes">
        <source>The project serves devices: a model compiled with Neo and compressed by pruning and quantization can run on them (SageMaker Edge Manager, AWS IoT Greengrass). The copy drops the %n cloud endpoint(s). Not counted: the energy the devices use to run the model, which is outside this plan.</source>
        <translation>
            <numerusform>Das Projekt bedient Geräte: Ein mit Neo kompiliertes und durch Pruning und Quantisierung komprimiertes Modell kann auf ihnen laufen (SageMaker Edge Manager, AWS IoT Greengrass). Die Kopie entfernt den %n Cloud-Endpunkt. Nicht berücksichtigt: die Energie, die die Geräte zum Ausführen des Modells brauchen; sie liegt außerhalb dieses Plans.</numerusform>
            <numerusform>Das Projekt bedient Geräte: Ein mit Neo kompiliertes und durch Pruning und Quantisierung komprimiertes Modell kann auf ihnen laufen (SageMaker Edge Manager, AWS IoT Greengrass). Die Kopie entfernt die %n Cloud-Endpunkte. Nicht berücksichtigt: die Energie, die die Geräte zum Ausführen des Modells brauchen; sie liegt außerhalb dieses Plans.</numerusform>
        </translation>
    </message>
    <message>
        <source>The compressed model can be less accurate; devices need the memory and compute, and model updates must reach them.</source>
        <translation>Das komprimierte Modell kann weniger genau sein; die Geräte brauchen Speicher und Rechenleistung, und Modellaktualisierungen müssen sie erreichen.</translation>
    </message>
</context>
<context>
    <name>greenprint::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Duplicate Component</source>
        <translation>Komponente &amp;duplizieren</translation>
    </message>
    <message>
        <source>Re&amp;move Component</source>
        <translation>Komponente ent&amp;fernen</translation>
    </message>
    <message>
        <source>Move Component &amp;Up</source>
        <translation>Komponente nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Component Do&amp;wn</source>
        <translation>Komponente nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Add Component</source>
        <translation>Komponente &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>greenprint::EditorPanel</name>
    <message>
        <source>Select a stage or a component to edit it.</source>
        <translation>Wählen Sie eine Phase oder eine Komponente zum Bearbeiten.</translation>
    </message>
    <message>
        <source>%1 › %2 (%3)</source>
        <translation>%1 › %2 (%3)</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
</context>
<context>
    <name>greenprint::EndpointForm</name>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>Real-time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>Asynchron</translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation>Serverless</translation>
    </message>
    <message>
        <source>Batch transform</source>
        <translation>Batch-Transformation</translation>
    </message>
    <message>
        <source>How the model is served.</source>
        <translation>Wie das Modell bereitgestellt wird.</translation>
    </message>
    <message>
        <source>The instance type behind the endpoint.</source>
        <translation>Der Instanztyp hinter dem Endpunkt.</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Anzahl:</translation>
    </message>
    <message>
        <source> instances</source>
        <translation> Instanzen</translation>
    </message>
    <message>
        <source>Instances behind the endpoint.</source>
        <translation>Instanzen hinter dem Endpunkt.</translation>
    </message>
    <message>
        <source>&amp;Hours provisioned:</source>
        <translation>&amp;Bereitgestellte Stunden:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Utilization:</source>
        <translation>A&amp;uslastung:</translation>
    </message>
    <message>
        <source>Average load while provisioned. Real-time endpoints often idle at 10–30 %.</source>
        <translation>Mittlere Last während der Bereitstellung. Echtzeit-Endpunkte laufen oft mit 10–30 % im Leerlauf.</translation>
    </message>
    <message>
        <source>M&amp;odels hosted:</source>
        <translation>Geh&amp;ostete Modelle:</translation>
    </message>
    <message>
        <source> models</source>
        <translation> Modelle</translation>
    </message>
    <message>
        <source>Models sharing the endpoint (multi-model endpoints).</source>
        <translation>Modelle, die sich den Endpunkt teilen (Multi-Modell-Endpunkte).</translation>
    </message>
    <message>
        <source>Hours the endpoint is up over the plan: always on for a year is 8760 h (a new endpoint&apos;s hours), for a month 730 h. Its requests per month are served over these hours.</source>
        <translation>Stunden, die der Endpunkt über den Plan hinweg läuft: ein Jahr lang ständig in Betrieb sind 8760 h (die Stunden eines neuen Endpunkts), ein Monat 730 h. Seine Anfragen pro Monat werden über diese Stunden bedient.</translation>
    </message>
</context>
<context>
    <name>greenprint::EstimateFormats</name>
    <message>
        <source>Stage / component</source>
        <translation>Phase / Komponente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>IT kWh</source>
        <translation>IT-kWh</translation>
    </message>
    <message>
        <source>kWh (PUE)</source>
        <translation>kWh (PUE)</translation>
    </message>
    <message>
        <source>Op. kgCO2e</source>
        <translation>Betr. kgCO2e</translation>
    </message>
    <message>
        <source>Emb. kgCO2e</source>
        <translation>Grau kgCO2e</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Project: %1
Methodology: %2; grid intensity: %3; reference data %4%5

</source>
        <translation>Projekt: %1
Methodik: %2; Netzintensität: %3; Referenzdaten %4%5

</translation>
    </message>
    <message>
        <source>; embodied excluded</source>
        <translation>; ohne graue Emissionen</translation>
    </message>
    <message>
        <source>Carbon %1 kgCO2e (range %2 to %3); market-based %4 kgCO2e (%5 renewable matching); energy %6 kWh (range %7 to %8).</source>
        <translation>CO₂e %1 kgCO2e (Spanne %2 bis %3); marktbasiert %4 kgCO2e (%5 erneuerbare Deckung); Energie %6 kWh (Spanne %7 bis %8).</translation>
    </message>
    <message>
        <source>Assumptions:</source>
        <translation>Annahmen:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>nicht geschätzt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Carbon and energy not estimated: some component could not be estimated (see the notes).</source>
        <translation>CO₂e und Energie nicht geschätzt: eine Komponente konnte nicht geschätzt werden (siehe die Hinweise).</translation>
    </message>
    <message>
        <source>%1 %2 to %3 kgCO2e</source>
        <translation>%1 %2 bis %3 kgCO2e</translation>
    </message>
    <message>
        <source>What makes the range, each alone: %1.</source>
        <translation>Was die Spanne ausmacht, jeweils allein: %1.</translation>
    </message>
    <message>
        <source>%1 (%2 runs × %3)</source>
        <translation>%1 (%2 Läufe × %3)</translation>
    </message>
</context>
<context>
    <name>greenprint::Estimator</name>
    <message>
        <source>unknown instance type &quot;%1&quot;; it is not in the reference data, your catalog or the project&apos;s catalog</source>
        <translation>Unbekannter Instanztyp „%1“; er ist weder in den Referenzdaten, Ihrem Katalog noch im Katalog des Projekts</translation>
    </message>
    <message>
        <source>no embodied-emissions figure for &quot;%1&quot;; embodied carbon is not counted</source>
        <translation>Kein Wert für graue Emissionen für „%1“; graue Emissionen werden nicht gezählt</translation>
    </message>
    <message>
        <source>no price for &quot;%1&quot; in the reference data; its cost is not counted</source>
        <translation>Kein Preis für „%1“ in den Referenzdaten; seine Kosten werden nicht gezählt</translation>
    </message>
    <message>
        <source>no reference data for storage class &quot;%1&quot;</source>
        <translation>Keine Referenzdaten für die Speicherklasse „%1“</translation>
    </message>
    <message>
        <source>unknown destination region &quot;%1&quot;</source>
        <translation>Unbekannte Zielregion „%1“</translation>
    </message>
    <message>
        <source>inter-region data transfer</source>
        <translation>Datenübertragung zwischen Regionen</translation>
    </message>
    <message>
        <source>log ingestion and storage</source>
        <translation>Log-Aufnahme und -Speicherung</translation>
    </message>
    <message>
        <source>no published price for %1 in the reference data; its cost is not counted</source>
        <translation>Kein veröffentlichter Preis für %1 in den Referenzdaten; die Kosten werden nicht gezählt</translation>
    </message>
    <message>
        <source>this file was last saved with reference data %1; this Greenprint has %2</source>
        <translation>Diese Datei wurde zuletzt mit den Referenzdaten %1 gespeichert; dieses Greenprint hat %2</translation>
    </message>
    <message>
        <source>. Saved: %1 kgCO2e, %2 kWh, %3 USD (%4). Now: %5 kgCO2e, %6 kWh, %7 USD (%8)</source>
        <translation>. Gespeichert: %1 kgCO2e, %2 kWh, %3 USD (%4). Jetzt: %5 kgCO2e, %6 kWh, %7 USD (%8)</translation>
    </message>
    <message>
        <source>%1: derived size, not in the catalog: power, memory, embodied share and price scaled by vCPU from %2 (%3 vs %4 vCPUs)</source>
        <translation>%1: abgeleitete Größe, nicht im Katalog: Leistung, Speicher, Anteil der grauen Emissionen und Preis nach vCPUs skaliert aus %2 (%3 statt %4 vCPUs)</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <source>%1 = %2 %3: a third-party us-east-1 figure, not read on an AWS pricing page</source>
        <translation>%1 = %2 %3: ein us-east-1-Wert aus Drittquellen, nicht auf einer AWS-Preisseite abgelesen</translation>
    </message>
    <message>
        <source>date not stated</source>
        <translation>Datum nicht angegeben</translation>
    </message>
    <message>
        <source>Instance prices: us-east-1 On-Demand Linux, %1</source>
        <translation>Instanzpreise: us-east-1, On-Demand, Linux, %1</translation>
    </message>
    <message>
        <source>%1: us-east-1 price, %2 (no regional price in the sources)</source>
        <translation>%1: us-east-1-Preis, %2 (kein regionaler Preis in den Quellen)</translation>
    </message>
    <message>
        <source>Spot price = On-Demand x (1 - %1): AWS&apos;s &quot;up to 90 %&quot; Spot saving is an upper bound, so Spot costs are a lower bound</source>
        <translation>Spot-Preis = On-Demand x (1 - %1): die Spot-Ersparnis „bis zu 90 %“ von AWS ist eine Obergrenze, Spot-Kosten sind daher eine Untergrenze</translation>
    </message>
    <message>
        <source>%1: %2 USD per GB-month is a third-party us-east-1 figure, not read on an AWS pricing page</source>
        <translation>%1: %2 USD pro GB-Monat ist ein us-east-1-Wert aus Drittquellen, nicht auf einer AWS-Preisseite abgelesen</translation>
    </message>
    <message>
        <source>%1: AWS publishes no PUE for this region; the AWS global PUE %2 is used</source>
        <translation>%1: AWS veröffentlicht für diese Region keine PUE; die globale AWS-PUE %2 wird verwendet</translation>
    </message>
    <message>
        <source>%1: SageMaker name of %2, the same hardware; SageMaker price = EC2 On-Demand price x %3: no SageMaker price table in the sources, so SageMaker costs are a lower bound</source>
        <translation>%1: SageMaker-Name von %2, dieselbe Hardware; SageMaker-Preis = EC2-On-Demand-Preis x %3: keine SageMaker-Preistabelle in den Quellen, SageMaker-Kosten sind daher eine Untergrenze</translation>
    </message>
    <message>
        <source>the accelerator load is set by hand (%1) instead of the %2 that the achieved fraction of peak (%3) implies; time and power no longer follow one model</source>
        <translation>die Beschleunigerlast ist von Hand gesetzt (%1) statt der %2, die der erreichte Anteil der Spitzenleistung (%3) ergibt; Zeit und Leistung folgen nicht mehr einem Modell</translation>
    </message>
    <message>
        <source>The project&apos;s catalog replaces the reference instance %1 on purpose: %2 W idle, %3 W at full load.</source>
        <translation>Der Katalog des Projekts ersetzt die Referenzinstanz %1 absichtlich: %2 W im Leerlauf, %3 W bei Volllast.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reference instance; this entry would replace it for the whole project. Give it another id, or add &quot;overridesReference&quot;: true to replace it on purpose</source>
        <translation>„%1“ ist eine Referenzinstanz; dieser Eintrag würde sie für das ganze Projekt ersetzen. Geben Sie ihm eine andere ID oder fügen Sie &quot;overridesReference&quot;: true hinzu, um sie absichtlich zu ersetzen</translation>
    </message>
    <message>
        <source>The project&apos;s catalog replaces the reference region %1 on purpose: %2 gCO2e/kWh.</source>
        <translation>Der Katalog des Projekts ersetzt die Referenzregion %1 absichtlich: %2 gCO2e/kWh.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reference region; this entry would replace it for the whole project. Give it another id, or add &quot;overridesReference&quot;: true to replace it on purpose</source>
        <translation>„%1“ ist eine Referenzregion; dieser Eintrag würde sie für das ganze Projekt ersetzen. Geben Sie ihm eine andere ID oder fügen Sie &quot;overridesReference&quot;: true hinzu, um sie absichtlich zu ersetzen</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot;: neither the reference data nor the project&apos;s catalog defines it</source>
        <translation>unbekannte Region „%1“: weder die Referenzdaten noch der Katalog des Projekts definieren sie</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot;; operational carbon of the stages in it is not counted</source>
        <translation>unbekannte Region „%1“; die Betriebsemissionen der Phasen darin werden nicht gezählt</translation>
    </message>
    <message>
        <source>%1 instance assumed</source>
        <translation>%1 Instanz angenommen</translation>
    </message>
    <message>
        <source>On-Demand pricing assumed (the price AWS lists for every instance)</source>
        <translation>On-Demand-Preis angenommen (der Preis, den AWS für jede Instanz nennt)</translation>
    </message>
    <message>
        <source>%1 % average utilization assumed: CCF&apos;s average for servers in hyperscale data centres (coefficients.csv utilization.default)</source>
        <translation>%1 % mittlere Auslastung angenommen: der CCF-Mittelwert für Server in Hyperscale-Rechenzentren (coefficients.csv utilization.default)</translation>
    </message>
    <message>
        <source>%1 % utilization while active assumed: CCF&apos;s average for servers in hyperscale data centres (coefficients.csv utilization.default)</source>
        <translation>%1 % Auslastung während der aktiven Zeit angenommen: der CCF-Mittelwert für Server in Hyperscale-Rechenzentren (coefficients.csv utilization.default)</translation>
    </message>
    <message>
        <source>a real-time endpoint assumed (SageMaker&apos;s default deployment)</source>
        <translation>ein Echtzeit-Endpunkt angenommen (die Standardbereitstellung von SageMaker)</translation>
    </message>
    <message>
        <source>%1 model per endpoint assumed</source>
        <translation>%1 Modell pro Endpunkt angenommen</translation>
    </message>
    <message>
        <source>S3 Standard assumed (the class S3 stores objects in by default)</source>
        <translation>S3 Standard angenommen (die Klasse, in der S3 Objekte standardmäßig speichert)</translation>
    </message>
    <message>
        <source>logs never expire (a new CloudWatch log group keeps them forever)</source>
        <translation>Logs laufen nie ab (eine neue CloudWatch-Protokollgruppe behält sie unbegrenzt)</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>%1 not stated in the file for %2: %3</source>
        <translation>%1 in der Datei nicht angegeben für %2: %3</translation>
    </message>
    <message>
        <source>%1 (assumption): TDP %2 W, dense 16-bit peak %3. %4</source>
        <translation>%1 (Annahme): TDP %2 W, dichte 16-Bit-Spitzenleistung %3. %4</translation>
    </message>
    <message>
        <source>%1 TFLOPS</source>
        <translation>%1 TFLOPS</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>%1: runs %2 times (%3 for %4 months of 730 h: %4 x 730 h / %5 h); energy, carbon and cost are one run&apos;s times %2</source>
        <translation>%1: läuft %2-mal (%3 über %4 Monate zu 730 h: %4 x 730 h / %5 h); Energie, CO₂e und Kosten sind die eines Laufs mal %2</translation>
    </message>
    <message>
        <source>attention FLOPs are not counted: state the sequence length, the layers and the hidden size together (%1 of the 3 stated)</source>
        <translation>Attention-FLOPs werden nicht gezählt: Sequenzlänge, Schichten und verborgene Größe zusammen angeben (%1 von 3 angegeben)</translation>
    </message>
    <message>
        <source>%1: energy as CCF models every S3 class, %2 Wh per TB-hour x %3 copies (%4 kWh per TB-month before PUE), an assumption: AWS publishes neither the medium nor the energy of its archive classes, and no published per-TB figure for cloud cold storage was found; tape or spun-down disks would draw less</source>
        <translation>%1: Energie wie bei CCF für jede S3-Klasse, %2 Wh pro TB-Stunde x %3 Kopien (%4 kWh pro TB-Monat vor PUE), eine Annahme: AWS veröffentlicht weder das Medium noch den Energiebedarf seiner Archivklassen, und kein veröffentlichter Wert pro TB für Cloud-Kaltspeicher wurde gefunden; Band oder abgeschaltete Festplatten würden weniger verbrauchen</translation>
    </message>
    <message>
        <source>project setting</source>
        <translation>Projekteinstellung</translation>
    </message>
    <message>
        <source>no source stated</source>
        <translation>keine Quelle angegeben</translation>
    </message>
    <message>
        <source>%1: busy time x %2 of what its work implies (%3), at the same load on the power curve</source>
        <translation>%1: Auslastungszeit x %2 dessen, was die Arbeit ergibt (%3), bei derselben Last auf der Leistungskurve</translation>
    </message>
</context>
<context>
    <name>greenprint::ExportActions</name>
    <message>
        <source>&amp;PDF Plan…</source>
        <translation>&amp;PDF-Plan…</translation>
    </message>
    <message>
        <source>&amp;CSV Plan…</source>
        <translation>&amp;CSV-Plan…</translation>
    </message>
    <message>
        <source>Write the plan as a PDF document for a design review</source>
        <translation>Den Plan als PDF-Dokument für ein Design-Review schreiben</translation>
    </message>
    <message>
        <source>Write one row per component per scenario for a spreadsheet</source>
        <translation>Eine Zeile pro Komponente und Szenario für eine Tabellenkalkulation schreiben</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Export PDF Plan</source>
        <translation>PDF-Plan exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Export PDF Plan</source>
        <translation>PDF-Plan kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>“%1” could not be written:
%2</source>
        <translation>„%1“ konnte nicht geschrieben werden:
%2</translation>
    </message>
    <message>
        <source>Export CSV Plan</source>
        <translation>CSV-Plan exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot Export CSV Plan</source>
        <translation>CSV-Plan kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>“%1” is the open project itself; the plan was not written, so that the project is not replaced. Choose another file name.</source>
        <translation>„%1“ ist das geöffnete Projekt selbst; der Plan wurde nicht geschrieben, damit das Projekt nicht ersetzt wird. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>greenprint::Feasibility</name>
    <message>
        <source>training needs %1 GB for weights, gradients and Adam state (16 bytes per parameter, ZeRO), more than the %2 GB of accelerator memory of one %3</source>
        <translation>Training braucht %1 GB für Gewichte, Gradienten und Adam-Zustand (16 Byte je Parameter, ZeRO), mehr als die %2 GB Beschleunigerspeicher einer %3</translation>
    </message>
    <message>
        <source>training needs %1 GB for weights, gradients and Adam state, more than one %2 holds (%3 GB): sharding it across %4 instances needs a fast interconnect (EFA, at least %5 Gbit/s), and %2 has %6</source>
        <translation>Training braucht %1 GB für Gewichte, Gradienten und Adam-Zustand, mehr als eine %2 fasst (%3 GB): die Aufteilung auf %4 Instanzen braucht eine schnelle Verbindung (EFA, mindestens %5 Gbit/s), und %2 hat %6</translation>
    </message>
    <message>
        <source>%1 Gbit/s</source>
        <translation>%1 Gbit/s</translation>
    </message>
    <message>
        <source>no sustained bandwidth listed</source>
        <translation>keine dauerhafte Bandbreite angegeben</translation>
    </message>
    <message>
        <source>training needs %1 GB for weights, gradients and Adam state, more than the %2 GB of accelerator memory of %3 x %4 even when sharded</source>
        <translation>Training braucht %1 GB für Gewichte, Gradienten und Adam-Zustand, mehr als die %2 GB Beschleunigerspeicher von %3 x %4, auch aufgeteilt</translation>
    </message>
    <message>
        <source>the real-time endpoint would be busy %1 % of its provisioned hours, busier than the plan&apos;s %2 % (already above the %3 % that leaves headroom for peaks)</source>
        <translation>der Echtzeit-Endpunkt wäre %1 % seiner bereitgestellten Stunden belegt, stärker als die %2 % des Plans (schon über den %3 %, die Reserve für Spitzen lassen)</translation>
    </message>
    <message>
        <source>the real-time endpoint would be busy %1 % of its provisioned hours, above the %2 % that leaves headroom for peaks</source>
        <translation>der Echtzeit-Endpunkt wäre %1 % seiner bereitgestellten Stunden belegt, über den %2 %, die Reserve für Spitzen lassen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>unbekanntes Datum</translation>
    </message>
    <message>
        <source>serving needs %1 GB for the weights and the KV cache of its batch, more than the %2 GB of accelerator memory of one %3 (each endpoint instance holds the whole model)</source>
        <translation>Bereitstellung braucht %1 GB für die Gewichte und den KV-Cache ihres Batches, mehr als die %2 GB Beschleunigerspeicher einer %3 (jede Endpunkt-Instanz hält das ganze Modell)</translation>
    </message>
    <message>
        <source>%1: %2 is not offered in %3 (EC2 offerings of %4)</source>
        <translation>%1: %2 wird in %3 nicht angeboten (EC2-Angebote vom %4)</translation>
    </message>
    <message>
        <source>Offered only where the job can run: training holds %1 bytes per parameter (weights, gradients, Adam state: ZeRO; the frozen weights of adapter fine-tuning at the work&apos;s precision), serving the weights plus the KV cache of its batch (assumed %2 values per token per active parameter, Mistral 7B); sharding across instances needs at least %3 Gbit/s per instance (assumed: the catalog&apos;s sources list bandwidth, not EFA support); a real-time endpoint may be busy at most %4 % of its hours (assumed: in a queue a response takes 1 / (1 - busy fraction) times its service time). Activations are not counted. A type is offered only in the Regions the EC2 offerings snapshot of %5 lists for it.</source>
        <translation>Nur angeboten, wo der Job laufen kann: Training hält %1 Byte je Parameter (Gewichte, Gradienten, Adam-Zustand: ZeRO; die eingefrorenen Gewichte einer Adapter-Feinabstimmung in der Genauigkeit der Arbeit), Bereitstellung die Gewichte plus den KV-Cache ihres Batches (Annahme: %2 Werte je Token und aktivem Parameter, Mistral 7B); die Aufteilung auf mehrere Instanzen braucht mindestens %3 Gbit/s je Instanz (Annahme: die Quellen des Katalogs nennen Bandbreite, nicht EFA-Unterstützung); ein Echtzeit-Endpunkt darf höchstens %4 % seiner Stunden belegt sein (Annahme: in einer Warteschlange dauert eine Antwort 1 / (1 - Belegung) mal ihre Bedienzeit). Aktivierungen werden nicht gezählt. Eine Instanzart wird nur in den Regionen angeboten, die der Stand der EC2-Angebote vom %5 für sie nennt.</translation>
    </message>
</context>
<context>
    <name>greenprint::FeatureStoreRule</name>
    <message>
        <source>Share &quot;%1&quot; through SageMaker Feature Store</source>
        <translation>„%1“ über den SageMaker Feature Store teilen</translation>
    </message>
    <message>
        <source>Feature engineering that several teams or projects recompute can be computed once and shared. The copy drops this job. Assumption: another team already computes these features into a feature store this project can read; if this project is the one computing them, the saving is the other teams&apos; duplicates instead.</source>
        <translation>Feature Engineering, das mehrere Teams oder Projekte neu berechnen, kann einmal berechnet und geteilt werden. Die Kopie entfernt diesen Job. Annahme: Ein anderes Team berechnet diese Features bereits in einen Feature Store, den dieses Projekt lesen kann; berechnet dieses Projekt sie selbst, liegt die Ersparnis stattdessen bei den Duplikaten der anderen Teams.</translation>
    </message>
    <message>
        <source>Features must match in definition and freshness; the feature store itself stores data (not counted).</source>
        <translation>Features müssen in Definition und Aktualität übereinstimmen; der Feature Store selbst speichert Daten (nicht berücksichtigt).</translation>
    </message>
    <message>
        <source>Share features through SageMaker Feature Store</source>
        <translation>Features über SageMaker Feature Store teilen</translation>
    </message>
</context>
<context>
    <name>greenprint::FieldForm</name>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose region</source>
        <translation>Region wählen</translation>
    </message>
    <message>
        <source>Pick a region by grid carbon intensity</source>
        <translation>Eine Region nach CO₂-Intensität des Stromnetzes wählen</translation>
    </message>
</context>
<context>
    <name>greenprint::FieldValueEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose instance type</source>
        <translation>Instanztyp wählen</translation>
    </message>
    <message>
        <source>Choose region</source>
        <translation>Region wählen</translation>
    </message>
    <message>
        <source>Pick an instance type from the catalog</source>
        <translation>Einen Instanztyp aus dem Katalog wählen</translation>
    </message>
    <message>
        <source>Pick a region by grid carbon intensity</source>
        <translation>Eine Region nach CO₂-Intensität des Stromnetzes wählen</translation>
    </message>
</context>
<context>
    <name>greenprint::FileActions</name>
    <message>
        <source>Greenprint projects (*.greenprint);;All files (*)</source>
        <translation>Greenprint-Projekte (*.greenprint);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>“%1” could not be opened. The current project is unchanged.</source>
        <translation>„%1“ konnte nicht geöffnet werden. Das aktuelle Projekt bleibt unverändert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>%n Problem gefunden:</numerusform>
            <numerusform>%n Probleme gefunden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>“%1” could not be saved:
%2</source>
        <translation>„%1“ konnte nicht gespeichert werden:
%2</translation>
    </message>
    <message>
        <source>Revert Project</source>
        <translation>Projekt zurücksetzen</translation>
    </message>
    <message>
        <source>Discard every change since “%1” was last saved?</source>
        <translation>Alle Änderungen seit dem letzten Speichern von „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>Cannot Revert Project</source>
        <translation>Projekt kann nicht zurückgesetzt werden</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>„%1“ hat nicht gespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
</context>
<context>
    <name>greenprint::FileSafety</name>
    <message>
        <source>Cannot Restore Project</source>
        <translation>Projekt kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>“%1” was changed by another program.</source>
        <translation>„%1“ wurde von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <source>Reload it and lose your unsaved changes, or keep your version (saving it will overwrite theirs)?</source>
        <translation>Neu laden und Ihre nicht gespeicherten Änderungen verlieren, oder Ihre Version behalten (Speichern überschreibt die andere)?</translation>
    </message>
    <message>
        <source>Reload it, or keep the version you have open (saving it will overwrite theirs)?</source>
        <translation>Neu laden oder die geöffnete Version behalten (Speichern überschreibt die andere)?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep My Version</source>
        <translation>Meine Version &amp;behalten</translation>
    </message>
    <message>
        <source>Cannot Reload Project</source>
        <translation>Projekt kann nicht neu geladen werden</translation>
    </message>
    <message>
        <source>File Removed</source>
        <translation>Datei entfernt</translation>
    </message>
    <message>
        <source>“%1” was removed or renamed by another program. Your project is still open; save it to keep it.</source>
        <translation>„%1“ wurde von einem anderen Programm entfernt oder umbenannt. Ihr Projekt ist noch geöffnet; speichern Sie es, um es zu behalten.</translation>
    </message>
</context>
<context>
    <name>greenprint::FootprintCharts</name>
    <message>
        <source>Operational</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>Embodied</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>Carbon per stage, operational and embodied</source>
        <translation>CO₂e pro Phase, Betrieb und grau</translation>
    </message>
    <message>
        <source>%1: %2, range %3
Operational %4, embodied %5
Market-based (%6): %7</source>
        <translation>%1: %2, Spanne %3
Betrieb %4, grau %5
Marktbasiert (%6): %7</translation>
    </message>
    <message>
        <source>Carbon per stage (%1)</source>
        <translation>CO₂e pro Phase (%1)</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>CO₂e</translation>
    </message>
    <message>
        <source>Carbon by component</source>
        <translation>CO₂e nach Komponente</translation>
    </message>
    <message>
        <source>Carbon by component, top %1 (%2)</source>
        <translation>CO₂e nach Komponente, größte %1 (%2)</translation>
    </message>
    <message>
        <source>Carbon by component (%1)</source>
        <translation>CO₂e nach Komponente (%1)</translation>
    </message>
    <message>
        <source>Other regions</source>
        <translation>Andere Regionen</translation>
    </message>
    <message>
        <source>Project region</source>
        <translation>Projektregion</translation>
    </message>
    <message>
        <source>This plan in every region, ranked by carbon</source>
        <translation>Dieser Plan in jeder Region, nach CO₂e geordnet</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>This plan in every region: the lowest of %1 (%2)</source>
        <translation>Dieser Plan in jeder Region: die niedrigsten von %1 (%2)</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>This plan in the regions its constraints allow: the lowest of %1 (%2)</source>
        <translation>Dieser Plan in den Regionen, die seine Vorgaben erlauben: die niedrigsten von %1 (%2)</translation>
    </message>
    <message>
        <source>Below central</source>
        <translation>Unter Mittelwert</translation>
    </message>
    <message>
        <source>Above central</source>
        <translation>Über Mittelwert</translation>
    </message>
    <message>
        <source>What makes the carbon range, one input at a time</source>
        <translation>Was die CO2-Spanne ausmacht, je eine Eingabe</translation>
    </message>
    <message>
        <source>What makes the carbon range: not estimated</source>
        <translation>Was die CO2-Spanne ausmacht: nicht geschätzt</translation>
    </message>
    <message>
        <source>%1 alone: %2 to %3 (central %4)
%5</source>
        <translation>%1 allein: %2 bis %3 (Mittelwert %4)
%5</translation>
    </message>
    <message>
        <source>What makes the carbon range (%1)</source>
        <translation>Was die CO2-Spanne ausmacht (%1)</translation>
    </message>
    <message>
        <source>This plan in every region: computing…</source>
        <translation>Dieser Plan in jeder Region: wird berechnet…</translation>
    </message>
    <message>
        <source>This plan in the regions its constraints allow: computing…</source>
        <translation>Dieser Plan in den Regionen, die seine Vorgaben erlauben: wird berechnet…</translation>
    </message>
</context>
<context>
    <name>greenprint::FunctionalUnits</name>
    <message>
        <source>per pipeline run</source>
        <translation>pro Pipeline-Lauf</translation>
    </message>
    <message>
        <source>per notebook week</source>
        <translation>pro Notebook-Woche</translation>
    </message>
    <message>
        <source>per model-building round</source>
        <translation>pro Modellbau-Runde</translation>
    </message>
    <message>
        <source>per training run</source>
        <translation>pro Trainingslauf</translation>
    </message>
    <message>
        <source>per 1,000 requests</source>
        <translation>pro 1.000 Anfragen</translation>
    </message>
    <message>
        <source>for the whole plan</source>
        <translation>für den ganzen Plan</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>Per training run: R = %1, the runs of &quot;%2&quot;, the training job that draws the most energy in one run; the runs of %3 are shared among them</source>
        <translation>Pro Trainingslauf: R = %1, die Läufe von „%2“, dem Trainingsjob, der in einem Lauf die meiste Energie aufnimmt; die Läufe von %3 werden auf sie verteilt</translation>
    </message>
    <message>
        <source>No figure per 1 M tokens served: these components serve requests but state no tokens per request: %1. The stage&apos;s footprint is not divided by the tokens of the other components alone</source>
        <translation>Kein Wert pro 1 Mio. bediente Tokens: diese Komponenten bedienen Anfragen, geben aber keine Tokens pro Anfrage an: %1. Die Emissionen der Phase werden nicht durch die Tokens der übrigen Komponenten allein geteilt</translation>
    </message>
    <message>
        <source>Per 1 M tokens served: R = %1 million tokens, the requests served times the tokens per request (prompt and output tokens together) of every endpoint and job that serves requests</source>
        <translation>Pro 1 Mio. bediente Tokens: R = %1 Mio. Tokens, die bedienten Anfragen mal die Tokens pro Anfrage (Prompt- und Ausgabe-Tokens zusammen) jedes Endpunkts und Jobs, der Anfragen bedient</translation>
    </message>
    <message>
        <source>per 1 M tokens served</source>
        <translation>pro 1 Mio. bediente Tokens</translation>
    </message>
</context>
<context>
    <name>greenprint::GpuGenerationRule</name>
    <message>
        <source>Run &quot;%1&quot; on a newer GPU generation (%2 x %3)</source>
        <translation>„%1“ auf einer neueren GPU-Generation ausführen (%2 x %3)</translation>
    </message>
    <message>
        <source>Moves %1 x %2 (%3) to %4 x %5 (%6) with the same throughput (datasheet peak x achieved utilization: the job takes %7 of its hours). A newer generation does more work per watt; the saving is the estimator&apos;s, from each instance&apos;s peak and power.</source>
        <translation>Verschiebt %1 x %2 (%3) auf %4 x %5 (%6) mit demselben Durchsatz (Datenblatt-Spitze x erreichte Auslastung: der Job braucht %7 seiner Stunden). Eine neuere Generation leistet mehr Arbeit je Watt; die Einsparung ist die des Schätzers, aus Spitzenleistung und Leistungsaufnahme jeder Instanz.</translation>
    </message>
    <message>
        <source>Re-test the model and its dependencies on the new GPU (CUDA version, drivers); capacity of the newest types may be limited in some Regions.</source>
        <translation>Modell und Abhängigkeiten auf der neuen GPU erneut testen (CUDA-Version, Treiber); die Kapazität der neuesten Typen kann in manchen Regionen begrenzt sein.</translation>
    </message>
    <message>
        <source>Run on a newer GPU generation (%1)</source>
        <translation>Auf einer neueren GPU-Generation ausführen (%1)</translation>
    </message>
</context>
<context>
    <name>greenprint::GravitonRule</name>
    <message>
        <source>Run &quot;%1&quot; on Graviton3 (%2 x %3)</source>
        <translation>„%1“ auf Graviton3 ausführen (%2 x %3)</translation>
    </message>
    <message>
        <source>Moves %1 x %2 to %3 x %4 with the same CPU throughput (cpu_throughput.csv: the job takes %5 of its hours). AWS says Graviton3 uses up to 60 % less energy than comparable instances (C01); the figure here is the estimator&apos;s, from each instance&apos;s power.</source>
        <translation>Verschiebt %1 x %2 auf %3 x %4 mit gleichem CPU-Durchsatz (cpu_throughput.csv: der Job braucht %5 seiner Stunden). Laut AWS verbraucht Graviton3 bis zu 60 % weniger Energie als vergleichbare Instanzen (C01); der Wert hier stammt vom Schätzer, aus der Leistung jeder Instanz.</translation>
    </message>
    <message>
        <source>The software must run on arm64 (JVM, Python and Spark do; x86-only binaries do not). Throughput ratios are AWS up-to figures.</source>
        <translation>Die Software muss auf arm64 laufen (JVM, Python und Spark tun das; reine x86-Binärdateien nicht). Die Durchsatzverhältnisse sind „bis zu“-Angaben von AWS.</translation>
    </message>
    <message>
        <source>Run on Graviton3</source>
        <translation>Auf Graviton3 ausführen</translation>
    </message>
</context>
<context>
    <name>greenprint::GreenAlgorithmsProfile</name>
    <message>
        <source>Green Algorithms intensity of the region&apos;s location</source>
        <translation>Green-Algorithms-Intensität am Standort der Region</translation>
    </message>
    <message>
        <source>%1: Green Algorithms has no intensity for this location; Greenprint&apos;s recommended value is used</source>
        <translation>%1: Green Algorithms hat keine Intensität für diesen Standort; der empfohlene Wert von Greenprint wird verwendet</translation>
    </message>
    <message>
        <source>Green Algorithms gives a single figure, so low = central = high. Market-based figures apply AWS&apos;s renewable matching to its location-based result (Green Algorithms reports no market-based figure).</source>
        <translation>Green Algorithms liefert einen einzigen Wert, daher gilt niedrig = zentral = hoch. Marktbasierte Werte wenden die Ökostrom-Deckung von AWS auf sein standortbasiertes Ergebnis an (Green Algorithms selbst nennt keinen marktbasierten Wert).</translation>
    </message>
    <message>
        <source>%1 is not in Green Algorithms&apos; list; its &quot;Any&quot; GPU (%2 W) is used</source>
        <translation>%1 ist nicht in der Liste von Green Algorithms; dessen GPU „Any“ (%2 W) wird verwendet</translation>
    </message>
    <message>
        <source>Green Algorithms profile: reproduces %1 and its formula; vCPUs count as cores, at its &quot;Any&quot; %2 W per core where the processor is not listed; memory %3 W/GB, PUE %4, no embodied emissions; AWS regions are mapped to its locations by Greenprint.</source>
        <translation>Profil Green Algorithms: bildet %1 und dessen Formel nach; vCPUs zählen als Kerne, mit „Any“ %2 W je Kern, wo der Prozessor nicht gelistet ist; Speicher %3 W/GB, PUE %4, keine grauen Emissionen; AWS-Regionen werden von Greenprint dessen Standorten zugeordnet.</translation>
    </message>
    <message>
        <source>Green Algorithms method, with its own constants: cores × TDP per core × usage, memory watts per GB, its PUE and its carbon intensity per location; no embodied emissions.</source>
        <translation>Methode Green Algorithms mit ihren eigenen Konstanten: Kerne × TDP pro Kern × Nutzung, Speicher-Watt pro GB, ihre PUE und ihre CO₂-Intensität pro Standort; keine grauen Emissionen.</translation>
    </message>
</context>
<context>
    <name>greenprint::GreenprintProfile</name>
    <message>
        <source>%1: derived assumption, %2 per chip (%3)</source>
        <translation>%1: abgeleitete Annahme, %2 pro Chip (%3)</translation>
    </message>
    <message>
        <source>%1: no per-vCPU watts for &quot;%2&quot;; AWS average used</source>
        <translation>%1: keine Wattzahl pro vCPU für „%2“; AWS-Durchschnitt verwendet</translation>
    </message>
    <message>
        <source>%1: no TDP published; accelerator power not counted</source>
        <translation>%1: keine TDP veröffentlicht; Beschleunigerleistung nicht gezählt</translation>
    </message>
    <message>
        <source>%1: no %2 value; the recommended intensity (%3) is used</source>
        <translation>%1: kein Wert %2; die empfohlene Intensität (%3) wird verwendet</translation>
    </message>
    <message>
        <source>Accelerator power follows the load curve measured on one H100 (whole-board watts / TDP), scaled by each accelerator&apos;s TDP.</source>
        <translation>Die Beschleunigerleistung folgt der auf einer H100 gemessenen Lastkurve (Watt der ganzen Karte / TDP), skaliert mit der TDP jedes Beschleunigers.</translation>
    </message>
    <message>
        <source>%1 host embodied (%2 kgCO2e for the whole server): %3</source>
        <translation>%1 Host, graue Emissionen (%2 kgCO2e für den ganzen Server): %3</translation>
    </message>
    <message>
        <source>%1: no host figure without accelerators; the catalog&apos;s server share is used, which may already count its GPUs</source>
        <translation>%1: kein Wert für den Host ohne Beschleuniger; der Serveranteil des Katalogs wird verwendet, der die GPUs schon enthalten kann</translation>
    </message>
    <message>
        <source>%1: %2 kgCO2e embodied per accelerator; assumption: %3</source>
        <translation>%1: %2 kgCO2e graue Emissionen je Beschleuniger; Annahme: %3</translation>
    </message>
    <message>
        <source>%1: no die area or memory figure for %2; its accelerators&apos; embodied carbon is not counted</source>
        <translation>%1: keine Chipfläche und kein Speicherwert für %2; die grauen Emissionen seiner Beschleuniger werden nicht gezählt</translation>
    </message>
    <message>
        <source>Embodied emissions are amortised over %1 years (AWS amortises IT hardware over 6, CCF over 4).</source>
        <translation>Graue Emissionen werden über %1 Jahre abgeschrieben (AWS schreibt IT-Hardware über 6 ab, CCF über 4).</translation>
    </message>
    <message>
        <source>Embodied carbon of an accelerated instance: its vCPU share of the host server without accelerators (CCF&apos;s server formula) plus each GPU or Neuron chip from its die area and memory (Boavizta&apos;s component model); CPU-only instances keep CCF&apos;s server share.</source>
        <translation>Graue Emissionen einer Instanz mit Beschleunigern: ihr vCPU-Anteil am Host-Server ohne Beschleuniger (Serverformel von CCF) plus jede GPU bzw. jeder Neuron-Chip aus Chipfläche und Speicher (Komponentenmodell von Boavizta); reine CPU-Instanzen behalten den Serveranteil von CCF.</translation>
    </message>
    <message>
        <source>Greenprint method. Instance power is the host&apos;s per-vCPU watts for its CPU generation at the component&apos;s utilization, plus memory above the per-chip baseline, plus each accelerator&apos;s TDP scaled by a measured load curve. A job stated as work runs for FLOPs / (peak × achieved fraction of peak), the fraction fitted on published training runs, and draws the power of the load that fraction implies. Facility energy is IT energy × PUE; operational carbon is facility energy × the region&apos;s grid intensity; embodied carbon is the server&apos;s manufacturing share over the hours used. The band spans the P10-P90 interval of the achieved fraction of peak, the grid-intensity datasets and the power bounds.</source>
        <translation>Greenprint-Methode. Die Leistung einer Instanz ist die Leistung pro vCPU ihrer CPU-Generation bei der Auslastung der Komponente, plus Arbeitsspeicher über der Grundausstattung pro Chip, plus die TDP jedes Beschleunigers, skaliert mit einer gemessenen Lastkurve. Ein als Arbeit angegebener Auftrag läuft FLOPs / (Spitze × erreichter Anteil der Spitzenleistung), wobei der Anteil an veröffentlichte Trainingsläufe angepasst ist, und zieht die Leistung der Last, die dieser Anteil ergibt. Die Energie des Rechenzentrums ist IT-Energie × PUE; Betriebsemissionen sind Rechenzentrumsenergie × Netzintensität der Region; graue Emissionen sind der Herstellungsanteil des Servers über die genutzten Stunden. Die Spanne umfasst das P10-P90-Intervall des erreichten Anteils der Spitzenleistung, die Datensätze der Netzintensität und die Leistungsgrenzen.</translation>
    </message>
</context>
<context>
    <name>greenprint::IdleNotebookRule</name>
    <message>
        <source>Stop &quot;%1&quot; automatically when idle</source>
        <translation>„%1“ bei Leerlauf automatisch stoppen</translation>
    </message>
    <message>
        <source>A lifecycle configuration script (or the SageMaker Studio auto-shutdown extension) stops the notebook when it is idle. The copy removes its %1 idle hours a week over %2 weeks. Assumption: the shutdown catches all of them; an idle timeout of an hour leaves up to an hour per idle stretch.</source>
        <translation>Ein Lifecycle-Konfigurationsskript (oder die Auto-Shutdown-Erweiterung von SageMaker Studio) stoppt das Notebook im Leerlauf. Die Kopie entfernt seine %1 Leerlaufstunden pro Woche über %2 Wochen. Annahme: Das Abschalten erfasst sie alle; ein Leerlauf-Timeout von einer Stunde lässt bis zu einer Stunde pro Leerlaufphase übrig.</translation>
    </message>
    <message>
        <source>Unsaved kernel state is lost when the notebook stops; restarting takes a few minutes.</source>
        <translation>Nicht gespeicherter Kernel-Zustand geht beim Stoppen verloren; ein Neustart dauert einige Minuten.</translation>
    </message>
    <message>
        <source>Stop idle notebooks automatically</source>
        <translation>Notebooks bei Leerlauf automatisch stoppen</translation>
    </message>
</context>
<context>
    <name>greenprint::InferentiaRule</name>
    <message>
        <source>Serve &quot;%1&quot; on AWS Inferentia2 (%2 x %3)</source>
        <translation>„%1“ auf AWS Inferentia2 bereitstellen (%2 x %3)</translation>
    </message>
    <message>
        <source>Inferentia chips are built for inference: AWS states Inf1 gives 50 % more performance per watt than g4dn (C08) and Inf2 up to 50 % better performance per watt than comparable instances (C03). The copy moves %1 x %2 to %3 x %4 of the same throughput; the estimator gives the hours and the Neuron power.</source>
        <translation>Inferentia-Chips sind für Inferenz gebaut: Laut AWS bietet Inf1 50 % mehr Leistung pro Watt als g4dn (C08) und Inf2 bis zu 50 % bessere Leistung pro Watt als vergleichbare Instanzen (C03). Die Kopie verschiebt %1 x %2 auf %3 x %4 mit gleichem Durchsatz; der Schätzer liefert die Stunden und die Neuron-Leistung.</translation>
    </message>
    <message>
        <source>The model must compile with the AWS Neuron SDK; check operator support and re-validate accuracy after compilation.</source>
        <translation>Das Modell muss mit dem AWS Neuron SDK kompilieren; prüfen Sie die Operator-Unterstützung und validieren Sie die Genauigkeit nach dem Kompilieren erneut.</translation>
    </message>
    <message>
        <source>Serve on AWS Inferentia2</source>
        <translation>Auf AWS Inferentia2 bereitstellen</translation>
    </message>
</context>
<context>
    <name>greenprint::InstanceNames</name>
    <message>
        <source>unknown instance type &quot;%1&quot;: no family &quot;%2&quot; in the catalog; closest known types: %3</source>
        <translation>unbekannter Instanztyp „%1“: keine Familie „%2“ im Katalog; nächste bekannte Typen: %3</translation>
    </message>
    <message>
        <source>%1 is an accelerated family and its accelerators per size do not follow the vCPUs, so a new size cannot be derived</source>
        <translation>%1 ist eine Familie mit Beschleunigern, deren Anzahl pro Größe nicht den vCPUs folgt; eine neue Größe lässt sich daher nicht ableiten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size Greenprint can scale by vCPU</source>
        <translation>„%1“ ist keine Größe, die Greenprint nach vCPUs skalieren kann</translation>
    </message>
    <message>
        <source>unknown instance type &quot;%1&quot;: %2; closest known types: %3</source>
        <translation>unbekannter Instanztyp „%1“: %2; nächste bekannte Typen: %3</translation>
    </message>
    <message>
        <source>unknown instance type &quot;%1&quot;: no size of %2 to scale from; known types: %3</source>
        <translation>unbekannter Instanztyp „%1“: keine Größe von %2 zum Skalieren; bekannte Typen: %3</translation>
    </message>
    <message>
        <source>derived: not in the catalog; %1 x %2 (%3 / %4 vCPUs)</source>
        <translation>abgeleitet: nicht im Katalog; %1 x %2 (%3 / %4 vCPUs)</translation>
    </message>
    <message>
        <source>unknown instance type &quot;%1&quot;: SageMaker does not list it (the EC2 type %2 is known; use that name outside SageMaker)</source>
        <translation>unbekannter Instanztyp „%1“: SageMaker führt ihn nicht (der EC2-Typ %2 ist bekannt; diesen Namen außerhalb von SageMaker verwenden)</translation>
    </message>
</context>
<context>
    <name>greenprint::InstancePickerDialog</name>
    <message>
        <source>Instance types</source>
        <translation>Instanztypen</translation>
    </message>
    <message>
        <source>Peak is dense bf16 TFLOPS of all accelerators; the CPU index is vCPUs × throughput per vCPU (Skylake = 1). Typical watts: whole instance at the default utilization, before PUE, Greenprint power model. * Neuron chips (Inferentia, Trainium): derived assumption from AWS&apos;s relative perf-per-watt claims.</source>
        <translation>Spitze ist die dichte bf16-TFLOPS-Leistung aller Beschleuniger; der CPU-Index ist vCPUs × Durchsatz pro vCPU (Skylake = 1). Typische Watt: ganze Instanz bei Standardauslastung, vor PUE, Greenprint-Leistungsmodell. * Neuron-Chips (Inferentia, Trainium): abgeleitete Annahme aus den relativen Leistung-pro-Watt-Angaben von AWS.</translation>
    </message>
    <message>
        <source>Choose Instance Type</source>
        <translation>Instanztyp wählen</translation>
    </message>
    <message>
        <source>Search instances</source>
        <translation>Instanzen suchen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Search instance or SageMaker ml. name, accelerator, category…</source>
        <translation>Instanz oder SageMaker-ml.-Name, Beschleuniger, Kategorie suchen…</translation>
    </message>
</context>
<context>
    <name>greenprint::InstanceTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>* Typical watts are a derived assumption: AWS publishes no power for Neuron chips; it follows from AWS&apos;s relative perf-per-watt claims and datasheet throughput.</source>
        <translation>* Typische Watt sind eine abgeleitete Annahme: AWS veröffentlicht keine Leistung für Neuron-Chips; sie folgt aus den relativen Leistung-pro-Watt-Angaben von AWS und dem Durchsatz laut Datenblatt.</translation>
    </message>
    <message>
        <source>Idle and max figures: %1</source>
        <translation>Leerlauf- und Maximalwerte: %1</translation>
    </message>
    <message>
        <source>Custom instance</source>
        <translation>Eigene Instanz</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1*</source>
        <extracomment>An asterisk marks a derived assumption (Neuron chips have no published power).</extracomment>
        <translation>%1*</translation>
    </message>
    <message>
        <source>Dense peak of all accelerators at bf16 (fp16 where bf16 is unpublished), TFLOPS</source>
        <translation>Dichte Spitzenleistung aller Beschleuniger bei bf16 (fp16, wo bf16 nicht veröffentlicht ist), TFLOPS</translation>
    </message>
    <message>
        <source>CPU-only instances: vCPUs × relative throughput per vCPU (Skylake vCPU = 1)</source>
        <translation>Reine CPU-Instanzen: vCPUs × relativer Durchsatz pro vCPU (Skylake-vCPU = 1)</translation>
    </message>
    <message>
        <source>Whole-instance watts at the default utilization with the Greenprint power model, before PUE. * = derived assumption (Neuron chips)</source>
        <translation>Watt der ganzen Instanz bei Standardauslastung mit dem Greenprint-Leistungsmodell, vor PUE. * = abgeleitete Annahme (Neuron-Chips)</translation>
    </message>
    <message>
        <source>Peak TFLOPS per kilowatt of typical power</source>
        <translation>Spitzen-TFLOPS pro Kilowatt typischer Leistung</translation>
    </message>
    <message>
        <source>Peak TFLOPS per USD of on-demand price per hour</source>
        <translation>Spitzen-TFLOPS pro USD On-Demand-Preis je Stunde</translation>
    </message>
    <message>
        <source>Reference idle and maximum watts of the instance table</source>
        <translation>Leerlauf- und Maximalwatt der Instanztabelle (Referenz)</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>Instanztyp</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>Speicher (GiB)</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>Peak (TFLOPS)</source>
        <translation>Spitze (TFLOPS)</translation>
    </message>
    <message>
        <source>CPU index</source>
        <translation>CPU-Index</translation>
    </message>
    <message>
        <source>Typical (W)</source>
        <translation>Typisch (W)</translation>
    </message>
    <message>
        <source>TFLOPS/kW</source>
        <translation>TFLOPS/kW</translation>
    </message>
    <message>
        <source>Price (USD/h)</source>
        <translation>Preis (USD/h)</translation>
    </message>
    <message>
        <source>TFLOPS per USD/h</source>
        <translation>TFLOPS pro USD/h</translation>
    </message>
    <message>
        <source>Idle (W)</source>
        <translation>Leerlauf (W)</translation>
    </message>
    <message>
        <source>Max (W)</source>
        <translation>Max. (W)</translation>
    </message>
    <message>
        <source>SageMaker name of %1 (%2)</source>
        <translation>SageMaker-Name von %1 (%2)</translation>
    </message>
    <message>
        <source>The same hardware under its other name: the SageMaker ml. name of an EC2 type, or the EC2 type behind an ml. name</source>
        <translation>Dieselbe Hardware unter ihrem anderen Namen: der SageMaker-ml.-Name eines EC2-Typs oder der EC2-Typ hinter einem ml.-Namen</translation>
    </message>
    <message>
        <source>SageMaker / EC2 name</source>
        <translation>SageMaker-/EC2-Name</translation>
    </message>
</context>
<context>
    <name>greenprint::IssuesModel</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>greenprint::IssuesView</name>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>greenprint::LogRetentionRule</name>
    <message>
        <source>Keep &quot;%1&quot; for one month</source>
        <translation>„%1“ einen Monat aufbewahren</translation>
    </message>
    <message>
        <source>CloudWatch keeps logs indefinitely unless a retention is set; this plan keeps them %1. The copy keeps them one month. Assumption: one month meets your needs; set the period you actually need.</source>
        <translation>CloudWatch bewahrt Logs unbegrenzt auf, wenn keine Aufbewahrung gesetzt ist; dieser Plan bewahrt sie %1 auf. Die Kopie bewahrt sie einen Monat auf. Annahme: Ein Monat genügt Ihnen; setzen Sie den Zeitraum, den Sie wirklich brauchen.</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Older logs are gone: export what audits or debugging need.</source>
        <translation>Ältere Logs sind weg: Exportieren Sie, was Audits oder Fehlersuche brauchen.</translation>
    </message>
    <message>
        <source>Keep logs for one month</source>
        <translation>Logs einen Monat aufbewahren</translation>
    </message>
</context>
<context>
    <name>greenprint::LogsForm</name>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volumen:</translation>
    </message>
    <message>
        <source> GB/month</source>
        <translation> GB/Monat</translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation>&amp;Aufbewahrung:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>How long each month&apos;s logs are kept. 0 means they never expire.</source>
        <translation>Wie lange die Logs jedes Monats aufbewahrt werden. 0 heißt, sie laufen nie ab.</translation>
    </message>
    <message>
        <source>Never expire</source>
        <translation>Nie ablaufen</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>How many months the workload produces logs.</source>
        <translation>Wie viele Monate der Workload Logs erzeugt.</translation>
    </message>
    <message>
        <source>Logs ingested every month. Type a unit to convert: 2 TB is 2048 GB (AWS bills in binary units: 1 GB = 2^30 bytes, 1 TB = 1024 GB).</source>
        <translation>Monatlich aufgenommene Logs. Mit Einheit eingeben, um umzurechnen: 2 TB sind 2048 GB (AWS rechnet in binären Einheiten ab: 1 GB = 2^30 Byte, 1 TB = 1024 GB).</translation>
    </message>
</context>
<context>
    <name>greenprint::MainWindow</name>
    <message>
        <source>Reference Data</source>
        <translation>Referenzdaten</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a component to the current stage</source>
        <translation>Der aktuellen Phase eine Komponente hinzufügen</translation>
    </message>
    <message>
        <source>Add component</source>
        <translation>Komponente hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Go to &amp;Stages</source>
        <translation>Zu den &amp;Phasen</translation>
    </message>
    <message>
        <source>Go to &amp;Editor</source>
        <translation>Zum &amp;Editor</translation>
    </message>
    <message>
        <source>Go to &amp;Issues</source>
        <translation>Zu den &amp;Problemen</translation>
    </message>
    <message>
        <source>Go to &amp;Assumptions</source>
        <translation>Zu den &amp;Annahmen</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>My &amp;Instances and Regions…</source>
        <translation>Meine &amp;Instanzen und Regionen…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Greenprint</source>
        <translation>&amp;Über Greenprint</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>%1[*] — Greenprint</source>
        <translation>%1[*] — Greenprint</translation>
    </message>
    <message>
        <source>My Instances and Regions</source>
        <translation>Meine Instanzen und Regionen</translation>
    </message>
    <message>
        <source>Your catalog could not be opened:
%1</source>
        <translation>Ihr Katalog konnte nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>About Greenprint</source>
        <translation>Über Greenprint</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Greenprint %1&lt;/h3&gt;&lt;p&gt;Plan the energy, carbon and cost of a deep-learning workload on AWS before you run it.&lt;/p&gt;&lt;p&gt;Reference data version %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Greenprint %1&lt;/h3&gt;&lt;p&gt;Planen Sie Energie, CO₂e und Kosten eines Deep-Learning-Workloads auf AWS, bevor Sie ihn ausführen.&lt;/p&gt;&lt;p&gt;Version der Referenzdaten: %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>What-if Scenarios</source>
        <translation>Was-wäre-wenn-Szenarien</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;What-if Scenarios</source>
        <translation>&amp;Was-wäre-wenn-Szenarien</translation>
    </message>
    <message>
        <source>Plan vs Actual</source>
        <translation>Plan und Ist</translation>
    </message>
    <message>
        <source>&amp;Plan vs Actual</source>
        <translation>&amp;Plan und Ist</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Vorgaben</translation>
    </message>
    <message>
        <source>Greenprint &amp;Manual</source>
        <translation>Greenprint-&amp;Handbuch</translation>
    </message>
</context>
<context>
    <name>greenprint::ManualDialog</name>
    <message>
        <source>MFU (model FLOPs utilization)</source>
        <translation>MFU (Model FLOPs Utilization, erreichter Anteil der Spitzenleistung)</translation>
    </message>
    <message>
        <source>The fraction of the accelerators&apos; peak floating-point throughput a job achieves. A job sized by its work runs for FLOPs ÷ (instances × peak TFLOPS × MFU) hours; Greenprint takes the MFU from published runs of the same accelerator class and lists it under the assumptions.</source>
        <translation>Der Anteil der Spitzen-Gleitkommaleistung der Beschleuniger, den ein Job tatsächlich erreicht. Ein nach seiner Arbeit bemessener Job läuft FLOPs ÷ (Instanzen × Spitzen-TFLOPS × MFU) Stunden; Greenprint übernimmt die MFU aus veröffentlichten Läufen derselben Beschleunigerklasse und nennt sie unter den Annahmen.</translation>
    </message>
    <message>
        <source>PUE (power usage effectiveness)</source>
        <translation>PUE (Power Usage Effectiveness, Energieeffizienz des Rechenzentrums)</translation>
    </message>
    <message>
        <source>A data centre&apos;s total energy divided by the energy of its IT equipment; 1.0 would mean no cooling or power losses. Greenprint multiplies the servers&apos; energy by the Region&apos;s PUE, or by AWS&apos;s global PUE where AWS publishes none for the Region.</source>
        <translation>Der gesamte Energiebedarf eines Rechenzentrums geteilt durch den seiner IT-Geräte; 1,0 hieße keine Verluste für Kühlung und Stromversorgung. Greenprint multipliziert die Energie der Server mit dem PUE der Region oder mit dem globalen PUE von AWS, wo AWS für die Region keinen veröffentlicht.</translation>
    </message>
    <message>
        <source>Location-based emissions</source>
        <translation>Standortbasierte Emissionen</translation>
    </message>
    <message>
        <source>Operational emissions at the average carbon intensity of the grid the servers draw from (gCO2e per kWh), the GHG Protocol&apos;s Scope 2 location-based method. This is the figure Greenprint totals and compares.</source>
        <translation>Betriebsemissionen bei der mittleren Netzintensität des Stromnetzes, aus dem die Server beziehen (gCO2e pro kWh), nach der standortbasierten Scope-2-Methode des GHG Protocol. Diese Zahl summiert und vergleicht Greenprint.</translation>
    </message>
    <message>
        <source>Market-based emissions</source>
        <translation>Marktbasierte Emissionen</translation>
    </message>
    <message>
        <source>Embodied emissions</source>
        <translation>Graue Emissionen</translation>
    </message>
    <message>
        <source>The emissions of manufacturing the hardware (Scope 3), shared out over the servers&apos; lifetime (6 years by default, as AWS amortises its IT hardware) in proportion to the hours a plan uses them.</source>
        <translation>Die Emissionen der Herstellung der Hardware (Scope 3), verteilt über die Lebensdauer der Server (standardmäßig 6 Jahre, wie AWS seine IT-Hardware abschreibt) im Verhältnis zu den Stunden, die ein Plan sie nutzt.</translation>
    </message>
    <message>
        <source>SCI (Software Carbon Intensity)</source>
        <translation>SCI (Software Carbon Intensity, CO₂e-Intensität von Software)</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>Kilograms of carbon dioxide equivalent: every greenhouse gas counted as the mass of CO2 that warms as much over 100 years.</source>
        <translation>Kilogramm CO₂-Äquivalent: jedes Treibhausgas gezählt als die Masse CO₂, die über 100 Jahre gleich stark erwärmt.</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>The average load of an instance, from 0 to 1. Power rises with it from the idle to the full-load draw. A file that leaves it out assumes 0.5, CCF&apos;s average for cloud servers, and says so among the assumptions.</source>
        <translation>Die mittlere Last einer Instanz, von 0 bis 1. Die Leistungsaufnahme steigt mit ihr vom Leerlauf bis zur Volllast. Eine Datei ohne diese Angabe nimmt 0,5 an, den CCF-Mittelwert für Cloud-Server, und nennt das unter den Annahmen.</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Spanne</translation>
    </message>
    <message>
        <source>The low and high ends of an estimate: every uncertain input (grid intensity, power curve, achieved throughput) at its favourable and its unfavourable end.</source>
        <translation>Das untere und das obere Ende einer Schätzung: jede unsichere Eingabe (Netzintensität, Leistungskurve, erreichter Durchsatz) an ihrem günstigen und an ihrem ungünstigen Ende.</translation>
    </message>
    <message>
        <source>Greenprint Manual</source>
        <translation>Greenprint-Handbuch</translation>
    </message>
    <message>
        <source>Glossary:</source>
        <translation>Glossar:</translation>
    </message>
    <message>
        <source>Describing a plan</source>
        <translation>Einen Plan beschreiben</translation>
    </message>
    <message>
        <source>State each job by its hours, or by its work (model parameters, tokens, epochs, precision), from which the hours follow through the instance&apos;s throughput. Set the project&apos;s Region, or a Region per stage; the estimate follows every edit at once.</source>
        <translation>Geben Sie jeden Job mit seinen Stunden an oder mit seiner Arbeit (Modellparameter, Tokens, Epochen, Genauigkeit), aus der sich die Stunden über den Durchsatz der Instanz ergeben. Legen Sie die Region des Projekts oder eine Region pro Phase fest; die Schätzung folgt jeder Änderung sofort.</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Sizes take their unit: type 2 TB, 1.5 PB or 500 MB and the field shows the size in GB. Greenprint uses AWS&apos;s billing units, in which 1 GB is 2^30 bytes, so 1 TB is 1024 GB.</source>
        <translation>Größen nehmen ihre Einheit an: Geben Sie 2 TB, 1,5 PB oder 500 MB ein, und das Feld zeigt die Größe in GB. Greenprint verwendet die Abrechnungseinheiten von AWS, in denen 1 GB 2^30 Byte sind, also 1 TB = 1024 GB.</translation>
    </message>
    <message>
        <source>Parameters, tokens and requests are typed in billions or millions and kept as whole numbers: 8 billion parameters are saved as 8000000000.</source>
        <translation>Parameter, Tokens und Anfragen werden in Milliarden oder Millionen eingegeben und als ganze Zahlen gespeichert: 8 Milliarden Parameter werden als 8000000000 gespeichert.</translation>
    </message>
    <message>
        <source>In the Region and instance pickers the search only filters the table: the entry you chose stays chosen, and the line under the table names it.</source>
        <translation>In der Regions- und der Instanzauswahl filtert die Suche nur die Tabelle: Der gewählte Eintrag bleibt gewählt, und die Zeile unter der Tabelle nennt ihn.</translation>
    </message>
    <message>
        <source>Reading the estimate</source>
        <translation>Die Schätzung lesen</translation>
    </message>
    <message>
        <source>The dashboard shows energy, carbon and cost for the whole plan and per stage, each with its band. Issues lists what could not be estimated and why; Assumptions lists every figure that is not a published value, with its reason, including the defaults a hand-written file relied on.</source>
        <translation>Die Übersicht zeigt Energie, CO₂e und Kosten für den ganzen Plan und pro Phase, jeweils mit ihrer Spanne. Probleme listet, was nicht geschätzt werden konnte und warum; Annahmen listet jede Zahl, die kein veröffentlichter Wert ist, mit ihrem Grund, auch die Standardwerte, auf die sich eine von Hand geschriebene Datei stützt.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>A plan is one deep-learning workload in the four stages of the AWS guidance for sustainable machine learning: data processing, model building, training and inference. Choose a stage on the left, then add its components with Edit &gt; Add Component: compute jobs, storage, transfers, notebooks, tuning jobs, endpoints and logs.</source>
        <translation>Ein Plan ist eine Deep-Learning-Arbeitslast in den vier Phasen des AWS-Leitfadens für nachhaltiges maschinelles Lernen: Datenaufbereitung, Modellbau, Training und Inferenz. Wählen Sie links eine Phase und fügen Sie ihre Komponenten mit Bearbeiten &gt; Komponente hinzufügen hinzu: Rechenjobs, Speicher, Übertragungen, Notebooks, Tuning-Jobs, Endpunkte und Logs.</translation>
    </message>
    <message>
        <source>Edit &gt; Duplicate Component names the copy after the original with the next free number: &quot;Notebook (2)&quot;, &quot;Notebook (3)&quot;.</source>
        <translation>Bearbeiten &gt; Komponente duplizieren benennt die Kopie nach dem Original mit der nächsten freien Nummer: „Notebook (2)“, „Notebook (3)“.</translation>
    </message>
    <message>
        <source>The What-if view offers suggestions from the AWS guidance with their savings; tick them into scenarios and compare them with the baseline. File &gt; Export writes the plan as PDF or CSV.</source>
        <translation>Die Was-wäre-wenn-Ansicht bietet Vorschläge aus dem AWS-Leitfaden mit ihren Einsparungen; haken Sie sie in Szenarien an und vergleichen Sie diese mit dem Ausgangsplan. Datei &gt; Exportieren schreibt den Plan als PDF oder CSV.</translation>
    </message>
    <message>
        <source>Changing a field in a scenario</source>
        <translation>Ein Feld in einem Szenario ändern</translation>
    </message>
    <message>
        <source>A scenario can also change any figure or choice of the plan without touching the plan itself. In the What-if view&apos;s Field overrides, choose the stage or component (&quot;Training › Fine-tune 8B&quot;), then the field as the editor names it (Instance type, Count, Hours, Utilization, Region override, …), give the value in the same editor as in the plan (the instance or Region picker, a number with its unit, a list of choices) and press Set.</source>
        <translation>Ein Szenario kann auch jede Zahl und jede Auswahl des Plans ändern, ohne den Plan selbst anzutasten. Wählen Sie unter „Feldüberschreibungen“ der Was-wäre-wenn-Ansicht die Phase oder Komponente („Training › Fine-tune 8B“), dann das Feld so, wie der Editor es nennt (Instanztyp, Anzahl, Stunden, Auslastung, Regionsüberschreibung, …), geben Sie den Wert im selben Editor wie im Plan ein (Instanz- oder Regionsauswahl, eine Zahl mit ihrer Einheit, eine Auswahlliste) und klicken Sie auf „Setzen“.</translation>
    </message>
    <message>
        <source>Each row reads &quot;component · field&quot; and &quot;plan value → scenario value&quot;. Double-click the value to change it in place, select a row and press Remove to take it out; Edit &gt; Undo takes back every change. A row that names a field the plan no longer has (a file edited by hand) stays, as written, with its problem in the Problem column; correct or remove it.</source>
        <translation>Jede Zeile lautet „Komponente · Feld“ und „Wert im Plan → Wert im Szenario“. Doppelklicken Sie auf den Wert, um ihn an Ort und Stelle zu ändern; wählen Sie eine Zeile und klicken Sie auf „Entfernen“, um sie herauszunehmen; Bearbeiten &gt; Rückgängig nimmt jede Änderung zurück. Eine Zeile, die ein Feld nennt, das der Plan nicht mehr hat (eine von Hand bearbeitete Datei), bleibt wie geschrieben erhalten, mit ihrem Problem in der Spalte „Problem“; korrigieren oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Advanced: &quot;JSON path…&quot; sets a field of the project file by its path (stages[2].components[0].hours, counting from 0) and a value; text needs no quotes.</source>
        <translation>Für Fortgeschrittene: „JSON-Pfad…“ setzt ein Feld der Projektdatei über seinen Pfad (stages[2].components[0].hours, gezählt ab 0) und einen Wert; Text braucht keine Anführungszeichen.</translation>
    </message>
    <message>
        <source>A job that runs again and again, such as a weekly ETL or a nightly retraining, is one compute component: set Runs to every day, week or month and For to the months it keeps running. Its hours or work are one run&apos;s; the estimate counts every run (a month is 730 h, so weekly for 12 months is 52.1 runs), states the count under Assumptions, and its figure per pipeline or training run stays one run&apos;s.</source>
        <translation>Ein Job, der immer wieder läuft, etwa ein wöchentlicher ETL-Lauf oder ein nächtliches Nachtrainieren, ist eine Compute-Komponente: Stellen Sie Läufe auf jeden Tag, jede Woche oder jeden Monat und Über auf die Monate, in denen er läuft. Seine Stunden oder seine Arbeit sind die eines Laufs; die Schätzung zählt jeden Lauf (ein Monat hat 730 h, wöchentlich über 12 Monate sind also 52,1 Läufe), nennt die Anzahl unter Annahmen, und ihr Wert pro Pipeline- oder Trainingslauf bleibt der eines Laufs.</translation>
    </message>
    <message>
        <source>An endpoint&apos;s traffic is typed in requests per month (730 h) and served over its hours provisioned: 2 million a month for a year (8760 h) are 24 million requests.</source>
        <translation>Der Verkehr eines Endpunkts wird in Anfragen pro Monat (730 h) eingegeben und über seine bereitgestellten Stunden bedient: 2 Millionen im Monat über ein Jahr (8760 h) sind 24 Millionen Anfragen.</translation>
    </message>
    <message>
        <source>Operational emissions counted with the electricity bought or matched by contract, the GHG Protocol&apos;s Scope 2 market-based method: 0 gCO2e per kWh in Regions where AWS matched its consumption with renewable energy in the chosen year; elsewhere the residual mix of the Region&apos;s country where a published one is stored (the AIB European Residual Mix for EU countries), else the location-based factor, each listed under Assumptions. It is shown beside the location-based figure, never instead of it.</source>
        <translation>Betriebsemissionen, gerechnet mit dem vertraglich gekauften oder gedeckten Strom, nach der marktbasierten Scope-2-Methode des GHG Protocol: 0 gCO2e pro kWh in Regionen, in denen AWS seinen Verbrauch im gewählten Jahr mit erneuerbarer Energie gedeckt hat; sonst der Residualmix des Landes der Region, wo ein veröffentlichter hinterlegt ist (der AIB European Residual Mix für EU-Länder), andernfalls der standortbasierte Faktor, jeweils unter Annahmen aufgeführt. Die Zahl steht neben der standortbasierten, nie an ihrer Stelle.</translation>
    </message>
    <message>
        <source>The Green Software Foundation&apos;s rate, standardised as ISO/IEC 21031: (E × I + M) per R, energy times grid intensity plus embodied emissions, per functional unit R. Greenprint gives it per pipeline run, per notebook week, per training run, per 1,000 requests served and per 1 M tokens served (prompt and output tokens together).</source>
        <translation>Die Kennzahl der Green Software Foundation, genormt als ISO/IEC 21031: (E × I + M) pro R, Energie mal Netzintensität plus graue Emissionen, je funktionaler Einheit R. Greenprint gibt sie pro Pipeline-Lauf, pro Notebook-Woche, pro Trainingslauf, pro 1.000 bediente Anfragen und pro 1 Mio. bediente Tokens (Prompt- und Ausgabe-Tokens zusammen) an.</translation>
    </message>
</context>
<context>
    <name>greenprint::MarketBased</name>
    <message>
        <source>%1: market-based carbon uses the residual mix of %2, %3 gCO2/kWh (%4): AWS lists the Region as not renewable-matched in %5</source>
        <translation>%1: Die marktbasierten Emissionen verwenden den Residualmix von %2, %3 gCO2/kWh (%4): AWS führt die Region für %5 nicht als durch erneuerbare Energien gedeckt</translation>
    </message>
    <message>
        <source>; no %1 residual mix is stored, the %2 one stands in</source>
        <translation>; für %1 ist kein Residualmix hinterlegt, der von %2 wird stattdessen verwendet</translation>
    </message>
    <message>
        <source>; the %1 gCO2/kWh is taken from a third-party copy of the publication, not re-read from it, because no copy of the original is stored (residual_mix.csv names both)</source>
        <translation>; die %1 gCO2/kWh stammen aus einer Kopie Dritter der Veröffentlichung und wurden nicht in ihr selbst nachgelesen, weil keine Kopie des Originals hinterlegt ist (residual_mix.csv nennt beide)</translation>
    </message>
    <message>
        <source>%1 (%2): no residual mix published in the sources Greenprint stores; location-based value used for market-based carbon (%3 gCO2/kWh), as AWS lists the Region as not renewable-matched in %4</source>
        <translation>%1 (%2): In den von Greenprint hinterlegten Quellen ist kein Residualmix veröffentlicht; für die marktbasierten Emissionen wird der standortbasierte Wert verwendet (%3 gCO2/kWh), da AWS die Region für %4 nicht als durch erneuerbare Energien gedeckt führt</translation>
    </message>
</context>
<context>
    <name>greenprint::MemoryPower</name>
    <message>
        <source>Memory above the per-chip baseline of its CPU generation draws %1 W per GB (CCF&apos;s rate), but a host&apos;s memory never more than its modules can: %2 modules per CPU chip (assumed: 8 channels x 2 modules) at %3 W each (Crucial&apos;s per-module figure), shared by the excess, so large hosts do not add hundreds of watts. A host has one CPU chip per 96 vCPUs (CCF&apos;s rule).</source>
        <translation>Speicher oberhalb der Grundausstattung je Chip seiner CPU-Generation zieht %1 W je GB (Rate von CCF), der Speicher eines Hosts aber nie mehr, als seine Module können: %2 Module je CPU-Chip (Annahme: 8 Kanäle x 2 Module) zu je %3 W (Wert von Crucial je Modul), anteilig auf den Überschuss verteilt, sodass große Hosts nicht Hunderte Watt hinzufügen. Ein Host hat einen CPU-Chip je 96 vCPUs (Regel von CCF).</translation>
    </message>
</context>
<context>
    <name>greenprint::MethodChoices</name>
    <message>
        <source>Per region, the best available value: Electricity Maps 2023 where published, else the open datasets.</source>
        <translation>Je Region der beste verfügbare Wert: Electricity Maps 2023, wo veröffentlicht, sonst die offenen Datensätze.</translation>
    </message>
    <message>
        <source>%1
Year: %2
Basis: %3</source>
        <translation>%1
Jahr: %2
Grundlage: %3</translation>
    </message>
</context>
<context>
    <name>greenprint::MethodProfile</name>
    <message>
        <source>built-in fallback: not in the reference data</source>
        <translation>eingebauter Ersatzwert: nicht in den Referenzdaten</translation>
    </message>
</context>
<context>
    <name>greenprint::MixedPrecisionRule</name>
    <message>
        <source>Train &quot;%1&quot; in bf16 mixed precision</source>
        <translation>„%1“ mit bf16-Mixed-Precision trainieren</translation>
    </message>
    <message>
        <source>Measured on an H100, a BERT-base training step in bf16 used %1 less energy than in fp32. The copy applies that as %1 fewer busy hours of this %2 job.</source>
        <translation>Auf einer H100 gemessen brauchte ein BERT-base-Trainingsschritt in bf16 %1 weniger Energie als in fp32. Die Kopie setzt das als %1 weniger ausgelastete Stunden dieses %2-Jobs an.</translation>
    </message>
    <message>
        <source>Mixed precision usually reaches the same accuracy; check loss scaling and numerically sensitive layers.</source>
        <translation>Mixed Precision erreicht meist dieselbe Genauigkeit; prüfen Sie Loss-Scaling und numerisch empfindliche Schichten.</translation>
    </message>
    <message>
        <source>Train in bf16 mixed precision</source>
        <translation>In bf16-Mixed-Precision trainieren</translation>
    </message>
</context>
<context>
    <name>greenprint::MultiModelEndpointRule</name>
    <message>
        <source>Models load on their first request after a while unused (a cold load adds latency); suited to similar models that are not all busy at once.</source>
        <translation>Modelle laden bei der ersten Anfrage nach einer Weile ohne Nutzung (ein Kaltstart erhöht die Latenz); geeignet für ähnliche Modelle, die nicht alle gleichzeitig ausgelastet sind.</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; behind the same multi-model endpoint as &quot;%2&quot;</source>
        <translation>„%1“ hinter demselben Multi-Modell-Endpunkt wie „%2“ hosten</translation>
    </message>
    <message>
        <source>Sharing endpoint resources is more sustainable than one endpoint per model: AWS cites up to 90 % lower inference cost and carbon (C20). The copy serves both from one endpoint with the larger instance count and the combined load.</source>
        <translation>Gemeinsam genutzte Endpunkt-Ressourcen sind nachhaltiger als ein Endpunkt pro Modell: AWS nennt bis zu 90 % geringere Inferenzkosten und -emissionen (C20). Die Kopie bedient beide von einem Endpunkt mit der größeren Instanzanzahl und der gemeinsamen Last.</translation>
    </message>
    <message numerus="yes">
        <source>Serve the %1 models of &quot;%2&quot; from one multi-model endpoint on %n instance(s)</source>
        <translation>
            <numerusform>Die %1 Modelle von „%2“ über einen Multi-Modell-Endpunkt auf %n Instanz bereitstellen</numerusform>
            <numerusform>Die %1 Modelle von „%2“ über einen Multi-Modell-Endpunkt auf %n Instanzen bereitstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 instances at %2 load host %3 models. Behind one multi-model endpoint (up to 90 % lower inference cost and carbon, C20) they share %n instance(s). Assumption: the load packs at up to 75 % utilization.</source>
        <translation>
            <numerusform>%1 Instanzen bei %2 Last hosten %3 Modelle. Hinter einem Multi-Modell-Endpunkt (bis zu 90 % geringere Inferenzkosten und -emissionen, C20) teilen sie sich %n Instanz. Annahme: Die Last wird bis zu 75 % Auslastung gebündelt.</numerusform>
            <numerusform>%1 Instanzen bei %2 Last hosten %3 Modelle. Hinter einem Multi-Modell-Endpunkt (bis zu 90 % geringere Inferenzkosten und -emissionen, C20) teilen sie sich %n Instanzen. Annahme: Die Last wird bis zu 75 % Auslastung gebündelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Host the endpoints behind one multi-model endpoint</source>
        <translation>Die Endpunkte hinter einem Multi-Model-Endpunkt zusammenlegen</translation>
    </message>
    <message>
        <source>Serve several models from one multi-model endpoint</source>
        <translation>Mehrere Modelle über einen Multi-Model-Endpunkt bereitstellen</translation>
    </message>
</context>
<context>
    <name>greenprint::Names</name>
    <message>
        <source>Data processing</source>
        <translation>Datenaufbereitung</translation>
    </message>
    <message>
        <source>Model building</source>
        <translation>Modellentwicklung</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>Inferenz</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Data transfer</source>
        <translation>Datenübertragung</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>Hyperparameter tuning</source>
        <translation>Hyperparameter-Tuning</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>S3 Standard</source>
        <translation>S3 Standard</translation>
    </message>
    <message>
        <source>S3 Intelligent-Tiering</source>
        <translation>S3 Intelligent-Tiering</translation>
    </message>
    <message>
        <source>S3 Standard-IA</source>
        <translation>S3 Standard-IA</translation>
    </message>
    <message>
        <source>S3 One Zone-IA</source>
        <translation>S3 One Zone-IA</translation>
    </message>
    <message>
        <source>S3 Glacier Instant Retrieval</source>
        <translation>S3 Glacier Instant Retrieval</translation>
    </message>
    <message>
        <source>S3 Glacier Flexible Retrieval</source>
        <translation>S3 Glacier Flexible Retrieval</translation>
    </message>
    <message>
        <source>S3 Glacier Deep Archive</source>
        <translation>S3 Glacier Deep Archive</translation>
    </message>
    <message>
        <source>EBS gp3 (SSD)</source>
        <translation>EBS gp3 (SSD)</translation>
    </message>
    <message>
        <source>EBS io2 (SSD)</source>
        <translation>EBS io2 (SSD)</translation>
    </message>
    <message>
        <source>EBS st1 (HDD)</source>
        <translation>EBS st1 (HDD)</translation>
    </message>
    <message>
        <source>EFS</source>
        <translation>EFS</translation>
    </message>
    <message>
        <source>Trainium</source>
        <translation>Trainium</translation>
    </message>
    <message>
        <source>Inferentia</source>
        <translation>Inferentia</translation>
    </message>
    <message>
        <source>NVIDIA GPU</source>
        <translation>NVIDIA-GPU</translation>
    </message>
    <message>
        <source>Graviton</source>
        <translation>Graviton</translation>
    </message>
    <message>
        <source>x86 CPU</source>
        <translation>x86-CPU</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Other accelerator</source>
        <translation>Anderer Beschleuniger</translation>
    </message>
    <message>
        <source>Greenprint</source>
        <translation>Greenprint</translation>
    </message>
    <message>
        <source>Cloud Carbon Footprint</source>
        <translation>Cloud Carbon Footprint</translation>
    </message>
    <message>
        <source>Green Algorithms</source>
        <translation>Green Algorithms</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Electricity Maps 2023</source>
        <translation>Electricity Maps 2023</translation>
    </message>
    <message>
        <source>OWID / Ember</source>
        <translation>OWID / Ember</translation>
    </message>
</context>
<context>
    <name>greenprint::NeoCompileRule</name>
    <message>
        <source>Compile &quot;%1&quot; for its serving hardware with SageMaker Neo</source>
        <translation>„%1“ mit SageMaker Neo für seine Bereitstellungshardware kompilieren</translation>
    </message>
    <message>
        <source>Neo compiles the model into an optimized form for the target instance. No source publishes a Neo saving; the copy applies the compilation saving measured on an H100 (torch.compile, %1 less energy per training sample) to the endpoint&apos;s busy time. Assumption: inference gains about as much.</source>
        <translation>Neo kompiliert das Modell in eine für die Zielinstanz optimierte Form. Keine Quelle veröffentlicht eine Neo-Ersparnis; die Kopie wendet die auf einer H100 gemessene Kompilierungsersparnis (torch.compile, %1 weniger Energie pro Trainings-Sample) auf die ausgelastete Zeit des Endpunkts an. Annahme: Die Inferenz profitiert etwa gleich stark.</translation>
    </message>
    <message>
        <source>Re-validate accuracy after compilation; not every operator compiles.</source>
        <translation>Validieren Sie die Genauigkeit nach dem Kompilieren erneut; nicht jeder Operator lässt sich kompilieren.</translation>
    </message>
    <message>
        <source>Compile models for their serving hardware with SageMaker Neo</source>
        <translation>Modelle mit SageMaker Neo für ihre Serving-Hardware kompilieren</translation>
    </message>
</context>
<context>
    <name>greenprint::NeuronPower</name>
    <message>
        <source>%1 uses %2 x the energy of %3 for the same %4 work (%5): at achieved fractions of peak %6 and %7, host and memory %8 W and %9 W, the chip draws %10 W at full load</source>
        <translation>%1 verbraucht für dieselbe %4-Arbeit (%5) das %2-Fache der Energie von %3: bei erreichten Anteilen der Spitzenleistung von %6 und %7 und %8 W bzw. %9 W für Host und Speicher nimmt der Chip bei Volllast %10 W auf</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>Inferenz</translation>
    </message>
</context>
<context>
    <name>greenprint::NotebookForm</name>
    <message>
        <source>The notebook&apos;s instance type.</source>
        <translation>Der Instanztyp des Notebooks.</translation>
    </message>
    <message>
        <source>&amp;Active:</source>
        <translation>&amp;Aktiv:</translation>
    </message>
    <message>
        <source> h/week</source>
        <translation> h/Woche</translation>
    </message>
    <message>
        <source>Hours per week someone works in the notebook.</source>
        <translation>Stunden pro Woche, in denen jemand im Notebook arbeitet.</translation>
    </message>
    <message>
        <source>I&amp;dle:</source>
        <translation>&amp;Leerlauf:</translation>
    </message>
    <message>
        <source>Hours per week the notebook is left running unused; it draws idle power and is billed.</source>
        <translation>Stunden pro Woche, in denen das Notebook ungenutzt läuft; es zieht Leerlaufleistung und wird berechnet.</translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation>&amp;Wochen:</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>How many weeks the notebook is used.</source>
        <translation>Wie viele Wochen das Notebook genutzt wird.</translation>
    </message>
    <message>
        <source>&amp;Utilization:</source>
        <translation>A&amp;uslastung:</translation>
    </message>
    <message>
        <source>Average load while active.</source>
        <translation>Mittlere Last während der aktiven Zeit.</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Anzahl:</translation>
    </message>
    <message>
        <source> notebooks</source>
        <translation> Notebooks</translation>
    </message>
    <message>
        <source>Identical notebooks, one per person, each with the hours below: four scientists are one component with count 4.</source>
        <translation>Gleiche Notebooks, eines pro Person, jedes mit den Stunden unten: vier Data Scientists sind eine Komponente mit Anzahl 4.</translation>
    </message>
</context>
<context>
    <name>greenprint::OneZoneIaRule</name>
    <message>
        <source>Keep &quot;%1&quot; in S3 One Zone-IA if it can be re-created</source>
        <translation>„%1“ in S3 One Zone-IA speichern, wenn es neu erzeugt werden kann</translation>
    </message>
    <message>
        <source>Data you can easily re-create (derived, tokenized or scored data) does not need copies in several Availability Zones. The reference data counts %1 stored copies for %2 and %3 for One Zone-IA.</source>
        <translation>Daten, die sich leicht neu erzeugen lassen (abgeleitete, tokenisierte oder bewertete Daten), brauchen keine Kopien in mehreren Availability Zones. Die Referenzdaten zählen %1 gespeicherte Kopien für %2 und %3 für One Zone-IA.</translation>
    </message>
    <message>
        <source>The data is lost if its Availability Zone is; re-creating it costs the processing again. Retrieval is billed per GB.</source>
        <translation>Die Daten gehen verloren, wenn ihre Availability Zone ausfällt; das Neuerzeugen kostet die Verarbeitung erneut. Der Abruf wird pro GB berechnet.</translation>
    </message>
    <message>
        <source>The reference data has no price for One Zone-IA: the cost saving is not counted.</source>
        <translation>Die Referenzdaten haben keinen Preis für One Zone-IA: Die Kostenersparnis wird nicht gezählt.</translation>
    </message>
    <message>
        <source>Keep re-creatable data in S3 One Zone-IA</source>
        <translation>Wiederherstellbare Daten in S3 One Zone-IA speichern</translation>
    </message>
</context>
<context>
    <name>greenprint::OverrideApplier</name>
    <message>
        <source>the project cannot be written: %1</source>
        <translation>Das Projekt kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be overridden</source>
        <translation>„%1“ kann nicht überschrieben werden</translation>
    </message>
    <message>
        <source>the value is not valid JSON: %1</source>
        <translation>Der Wert ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>das Projekt</translation>
    </message>
    <message>
        <source>there is no %1 to remove</source>
        <translation>Es gibt kein %1 zum Entfernen</translation>
    </message>
    <message>
        <source>the project has no field %1</source>
        <translation>Das Projekt hat kein Feld %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is out of range (%2 has %n item(s))</source>
        <translation>
            <numerusform>%1 liegt außerhalb des Bereichs (%2 hat %n Element)</numerusform>
            <numerusform>%1 liegt außerhalb des Bereichs (%2 hat %n Elemente)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not an array</source>
        <translation>%1 ist kein Array</translation>
    </message>
    <message>
        <source>an item of a list cannot be removed; set a value</source>
        <translation>Ein Element einer Liste kann nicht entfernt werden; setzen Sie einen Wert</translation>
    </message>
    <message>
        <source>adds a key the file format does not define at that place</source>
        <translation>Fügt einen Schlüssel hinzu, den das Dateiformat an dieser Stelle nicht definiert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>greenprint::OverrideEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Field overrides of the current scenario</source>
        <translation>Feldüberschreibungen des aktuellen Szenarios</translation>
    </message>
    <message>
        <source>Override field (JSON path)</source>
        <translation>Zu überschreibendes Feld (JSON-Pfad)</translation>
    </message>
    <message>
        <source>Remove override</source>
        <translation>Überschreibung entfernen</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Feld:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Setzen</translation>
    </message>
    <message>
        <source>Stage or component to change</source>
        <translation>Zu ändernde Phase oder Komponente</translation>
    </message>
    <message>
        <source>The stage or component of the plan whose field the scenario changes</source>
        <translation>Die Phase oder Komponente des Plans, deren Feld das Szenario ändert</translation>
    </message>
    <message>
        <source>Field to change</source>
        <translation>Zu änderndes Feld</translation>
    </message>
    <message>
        <source>The field, as the plan&apos;s editor names it</source>
        <translation>Das Feld, wie der Editor des Plans es nennt</translation>
    </message>
    <message>
        <source>Set override</source>
        <translation>Überschreibung setzen</translation>
    </message>
    <message>
        <source>Set this field to this value in the scenario (added, or changed when the scenario overrides it already)</source>
        <translation>Dieses Feld im Szenario auf diesen Wert setzen (hinzugefügt, oder geändert, wenn das Szenario es schon überschreibt)</translation>
    </message>
    <message>
        <source>JSON path…</source>
        <translation>JSON-Pfad…</translation>
    </message>
    <message>
        <source>Advanced: override any field of the project file by its JSON path</source>
        <translation>Für Fortgeschrittene: ein beliebiges Feld der Projektdatei über seinen JSON-Pfad überschreiben</translation>
    </message>
    <message>
        <source>stages[2].components[0].instance</source>
        <translation>stages[2].components[0].instance</translation>
    </message>
    <message>
        <source>A field of the project file, e.g. stages[2].components[0].instance (stages and components count from 0)</source>
        <translation>Ein Feld der Projektdatei, z. B. stages[2].components[0].instance (Phasen und Komponenten werden ab 0 gezählt)</translation>
    </message>
    <message>
        <source>eu-north-1</source>
        <translation>eu-north-1</translation>
    </message>
    <message>
        <source>Override value</source>
        <translation>Überschreibungswert</translation>
    </message>
    <message>
        <source>The new value: a number, true or false, null to remove an optional field, or text (quotes are added for you)</source>
        <translation>Der neue Wert: eine Zahl, true oder false, null, um ein optionales Feld zu entfernen, oder Text (Anführungszeichen werden ergänzt)</translation>
    </message>
    <message>
        <source>Add override by JSON path</source>
        <translation>Überschreibung per JSON-Pfad hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>V&amp;alue:</source>
        <translation>We&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Ziel:</translation>
    </message>
</context>
<context>
    <name>greenprint::OverrideFields</name>
    <message>
        <source>%1 (stage)</source>
        <translation>%1 (Phase)</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not in the plan</source>
        <translation>nicht im Plan</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (project)</source>
        <translation>%1 (Projekt)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>greenprint::OverrideTableModel</name>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>not estimated: %1</source>
        <translation>nicht geschätzt: %1</translation>
    </message>
    <message>
        <source>cost unknown: no price for &quot;%1&quot; in the reference data</source>
        <translation>Kosten unbekannt: kein Preis für „%1“ in den Referenzdaten</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Plan → scenario</source>
        <translation>Plan → Szenario</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>greenprint::ParetoChart</name>
    <message>
        <source>Pareto front of one stage: carbon against cost, hours as colour</source>
        <translation>Pareto-Front einer Phase: CO₂e gegen Kosten, Stunden als Farbe</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Aktueller Plan</translation>
    </message>
    <message>
        <source>≤ %1 h</source>
        <translation>≤ %1 h</translation>
    </message>
    <message>
        <source>%1–%2 h</source>
        <translation>%1–%2 h</translation>
    </message>
    <message>
        <source>%1
%2 %3, %4 USD, %5 h
Click to create a scenario from it.</source>
        <translation>%1
%2 %3, %4 USD, %5 h
Klicken, um daraus ein Szenario zu erstellen.</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
</context>
<context>
    <name>greenprint::ParetoPanel</name>
    <message>
        <source>Stage of the Pareto front</source>
        <translation>Phase der Pareto-Front</translation>
    </message>
    <message>
        <source>%1, %2 × %3</source>
        <translation>%1, %2 × %3</translation>
    </message>
    <message>
        <source>%1 (current plan)</source>
        <translation>%1 (aktueller Plan)</translation>
    </message>
    <message>
        <source>%1: carbon against cost, time as colour</source>
        <translation>%1: CO₂e gegen Kosten, Zeit als Farbe</translation>
    </message>
    <message>
        <source>Nothing to search in this stage (no components, or it runs on your own hardware).</source>
        <translation>In dieser Phase gibt es nichts zu durchsuchen (keine Komponenten, oder sie läuft auf Ihrer eigenen Hardware).</translation>
    </message>
    <message>
        <source>Only the allowed regions (%1) are searched.</source>
        <translation>Nur die zulässigen Regionen (%1) werden durchsucht.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 in %2 on %3 × %4</source>
        <translation>%1 in %2 auf %3 × %4</translation>
    </message>
    <message numerus="yes">
        <source>%n non-dominated way(s) to run this stage among %1 evaluated. Click a point to create a scenario from it.</source>
        <translation>
            <numerusform>%n nicht dominierte Möglichkeit unter %1 bewerteten, diese Phase auszuführen. Klicken Sie auf einen Punkt, um daraus ein Szenario zu erstellen.</numerusform>
            <numerusform>%n nicht dominierte Möglichkeiten unter %1 bewerteten, diese Phase auszuführen. Klicken Sie auf einen Punkt, um daraus ein Szenario zu erstellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current plan (square) is beaten on carbon, cost and time.</source>
        <translation>Der aktuelle Plan (Quadrat) wird bei CO₂e, Kosten und Zeit übertroffen.</translation>
    </message>
    <message>
        <source>About the Pareto front</source>
        <translation>Über die Pareto-Front</translation>
    </message>
    <message>
        <source>The stage has components without a price: every point&apos;s cost leaves them out, as the plan&apos;s does.</source>
        <translation>Die Phase hat Komponenten ohne Preis: Die Kosten jedes Punkts lassen sie aus, wie die des Plans.</translation>
    </message>
    <message>
        <source>Pareto front of &amp;stage or plan:</source>
        <translation>Pareto-Front von &amp;Phase oder Plan:</translation>
    </message>
    <message>
        <source>Nothing to search: the plan has no components.</source>
        <translation>Nichts zu durchsuchen: der Plan hat keine Komponenten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Ganzer Plan</translation>
    </message>
    <message>
        <source>Every stage in one region, each on its planned hardware or on a hardware move the advisor offers, with the one-off copy of stored data counted</source>
        <translation>Jede Phase in einer Region, jede auf ihrer geplanten Hardware oder auf einem Hardwarewechsel, den der Berater anbietet, mit der einmaligen Kopie der gespeicherten Daten</translation>
    </message>
    <message numerus="yes">
        <source>%n option(s) not offered: a constraint removes them or the job cannot run there (hover here for why).</source>
        <translation>
            <numerusform>%n Option nicht angeboten: eine Vorgabe schließt sie aus oder der Job kann dort nicht laufen (Gründe beim Darüberfahren).</numerusform>
            <numerusform>%n Optionen nicht angeboten: eine Vorgabe schließt sie aus oder der Job kann dort nicht laufen (Gründe beim Darüberfahren).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n way(s) on the whole plan&apos;s front among %1 evaluated, %2 of them not offered (hover here for why). Click a point to add it as a scenario.</source>
        <translation>
            <numerusform>%n Möglichkeit auf der Front des ganzen Plans unter %1 bewerteten, davon %2 nicht angeboten (Gründe beim Darüberfahren). Klicken Sie auf einen Punkt, um ihn als Szenario hinzuzufügen.</numerusform>
            <numerusform>%n Möglichkeiten auf der Front des ganzen Plans unter %1 bewerteten, davon %2 nicht angeboten (Gründe beim Darüberfahren). Klicken Sie auf einen Punkt, um ihn als Szenario hinzuzufügen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n way(s) on the front run where AWS&apos;s offering of the type is not known: check before you plan on it (hover here).</source>
        <translation>
            <numerusform>%n Weg auf der Front läuft dort, wo nicht bekannt ist, ob AWS den Typ anbietet: prüfen Sie es, bevor Sie damit planen (Mauszeiger hierher).</numerusform>
            <numerusform>%n Wege auf der Front laufen dort, wo nicht bekannt ist, ob AWS den Typ anbietet: prüfen Sie es, bevor Sie damit planen (Mauszeiger hierher).</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching the front of the plan as changed…</source>
        <translation>Die Front des geänderten Plans wird gesucht…</translation>
    </message>
</context>
<context>
    <name>greenprint::ParetoSearch</name>
    <message>
        <source>the latency ceiling of %1 ms (constraints.latencyCeilingMs) removes %2: the latency table has no round trip from %3 to it</source>
        <translation>die Latenzobergrenze von %1 ms (constraints.latencyCeilingMs) schließt %2 aus: die Latenztabelle hat keine Umlaufzeit von %3 dorthin</translation>
    </message>
    <message>
        <source>the latency ceiling of %1 ms (constraints.latencyCeilingMs) removes %2: users near %3 would wait a median %4 ms round trip (region_latency.csv)</source>
        <translation>die Latenzobergrenze von %1 ms (constraints.latencyCeilingMs) schließt %2 aus: Nutzer nahe %3 würden im Median %4 ms Umlaufzeit warten (region_latency.csv)</translation>
    </message>
    <message>
        <source>%1 is not offered in %2 (EC2 offerings of %3)</source>
        <translation>%1 wird in %2 nicht angeboten (EC2-Angebote vom %3)</translation>
    </message>
    <message>
        <source>whether %1 offers %2 is not known (the EC2 offerings snapshot does not cover the region or the type)</source>
        <translation>ob %1 %2 anbietet, ist nicht bekannt (der Schnappschuss der EC2-Angebote deckt die Region oder den Typ nicht ab)</translation>
    </message>
</context>
<context>
    <name>greenprint::PdfActualSection</name>
    <message>
        <source>Plan against actual</source>
        <translation>Plan und Ist</translation>
    </message>
    <message>
        <source>What really ran, from the imported bills and logs, beside the plan. Actual energy and carbon are estimated with the plan&apos;s method from the billed instance types, hours and Regions and the measured utilization; actual cost is the bill&apos;s.</source>
        <translation>Was wirklich lief, aus den importierten Rechnungen und Protokollen, neben dem Plan. Tatsächliche Energie und CO₂e werden mit der Methode des Plans aus den abgerechneten Instanztypen, Stunden und Regionen und der gemessenen Auslastung geschätzt; die tatsächlichen Kosten sind die der Rechnung.</translation>
    </message>
    <message>
        <source>Billed usage from %1 to %2.</source>
        <translation>Abgerechnete Nutzung vom %1 bis %2.</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>nicht geschätzt</translation>
    </message>
    <message>
        <source>Stage / component</source>
        <translation>Phase / Komponente</translation>
    </message>
    <message>
        <source>Planned kgCO2e</source>
        <translation>Geplant kgCO2e</translation>
    </message>
    <message>
        <source>Actual kgCO2e</source>
        <translation>Ist kgCO2e</translation>
    </message>
    <message>
        <source>Change (kgCO2e)</source>
        <translation>Änderung (kgCO2e)</translation>
    </message>
    <message>
        <source>Planned h</source>
        <translation>Geplant h</translation>
    </message>
    <message>
        <source>Actual h</source>
        <translation>Ist h</translation>
    </message>
    <message>
        <source>Planned USD</source>
        <translation>Geplant USD</translation>
    </message>
    <message>
        <source>Actual USD</source>
        <translation>Ist USD</translation>
    </message>
    <message>
        <source>%1 kgCO2e</source>
        <translation>%1 kgCO2e</translation>
    </message>
    <message numerus="yes">
        <source>Unplanned usage (%n kind(s))</source>
        <translation>
            <numerusform>Ungeplante Nutzung (%n Art)</numerusform>
            <numerusform>Ungeplante Nutzung (%n Arten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>* Part of the usage could not be estimated (an instance type or Region without reference data, or usage outside a plan&apos;s physics): the figures cover the rest.</source>
        <translation>* Ein Teil der Nutzung konnte nicht geschätzt werden (ein Instanztyp oder eine Region ohne Referenzdaten oder Nutzung außerhalb der Physik eines Plans): die Zahlen decken den Rest ab.</translation>
    </message>
    <message>
        <source>What drove the differences</source>
        <translation>Was die Unterschiede verursacht hat</translation>
    </message>
    <message>
        <source>Unplanned usage</source>
        <translation>Ungeplante Nutzung</translation>
    </message>
    <message>
        <source>%1 in %2: %3 kgCO2e, %4 USD — %5</source>
        <translation>%1 in %2: %3 kgCO2e, %4 USD – %5</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>AWS&apos;s own figure</source>
        <translation>Die eigene Zahl von AWS</translation>
    </message>
    <message>
        <source>AWS&apos;s carbon-emissions export for %1 to %2 (%3) gives %4 kgCO2e location-based%5; Greenprint&apos;s estimate of the billed usage in the same months and Regions is %6 kgCO2e. They differ for known reasons:</source>
        <translation>Der CO₂-Export von AWS für %1 bis %2 (%3) ergibt %4 kgCO2e standortbasiert%5; die Schätzung von Greenprint für die abgerechnete Nutzung in denselben Monaten und Regionen beträgt %6 kgCO2e. Sie unterscheiden sich aus bekannten Gründen:</translation>
    </message>
    <message>
        <source> and %1 kgCO2e market-based</source>
        <translation> und %1 kgCO2e marktbasiert</translation>
    </message>
    <message>
        <source>Assumptions of the comparison</source>
        <translation>Annahmen des Vergleichs</translation>
    </message>
</context>
<context>
    <name>greenprint::PdfBarChart</name>
    <message>
        <source>%1 (band to %2)</source>
        <translation>%1 (Spanne bis %2)</translation>
    </message>
</context>
<context>
    <name>greenprint::PdfMethodSection</name>
    <message>
        <source>Assumptions and method</source>
        <translation>Annahmen und Methode</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Cost uses AWS list prices (On-Demand, Linux, us-east-1) unless the component sets Spot pricing; storage, transfer and logs use the prices listed below.</source>
        <translation>Die Kosten verwenden AWS-Listenpreise (On-Demand, Linux, us-east-1), sofern die Komponente keine Spot-Preise festlegt; Speicher, Übertragung und Logs verwenden die unten aufgeführten Preise.</translation>
    </message>
    <message>
        <source>Assumptions this estimate relied on</source>
        <translation>Annahmen, auf denen diese Schätzung beruht</translation>
    </message>
    <message>
        <source>None beyond the constants below.</source>
        <translation>Keine über die Konstanten unten hinaus.</translation>
    </message>
    <message>
        <source>Derived assumption: AWS Neuron accelerator power</source>
        <translation>Abgeleitete Annahme: Leistung der AWS-Neuron-Beschleuniger</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>Power per chip (W)</source>
        <translation>Leistung pro Chip (W)</translation>
    </message>
    <message>
        <source>Band (W)</source>
        <translation>Spanne (W)</translation>
    </message>
    <message>
        <source>Derivation (derived assumption)</source>
        <translation>Herleitung (abgeleitete Annahme)</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Grid intensity and PUE per region</source>
        <translation>Netzintensität und PUE pro Region</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Intensity (gCO2e/kWh)</source>
        <translation>Intensität (gCO2e/kWh)</translation>
    </message>
    <message>
        <source>Intensity basis</source>
        <translation>Grundlage der Intensität</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>PUE basis</source>
        <translation>Grundlage der PUE</translation>
    </message>
    <message>
        <source>unknown region</source>
        <translation>Unbekannte Region</translation>
    </message>
    <message>
        <source>the project&apos;s or user&apos;s own value</source>
        <translation>eigener Wert des Projekts oder Nutzers</translation>
    </message>
    <message>
        <source>%1 dataset</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>CCF emission factor</source>
        <translation>CCF-Emissionsfaktor</translation>
    </message>
    <message>
        <source>Green Algorithms location intensity</source>
        <translation>Green-Algorithms-Intensität des Standorts</translation>
    </message>
    <message>
        <source>project setting</source>
        <translation>Projekteinstellung</translation>
    </message>
    <message>
        <source>CCF constant</source>
        <translation>CCF-Konstante</translation>
    </message>
    <message>
        <source>Green Algorithms constant</source>
        <translation>Green-Algorithms-Konstante</translation>
    </message>
    <message>
        <source>AWS regional PUE, %1</source>
        <translation>Regionale AWS-PUE, %1</translation>
    </message>
    <message>
        <source>AWS regional PUE</source>
        <translation>Regionale AWS-PUE</translation>
    </message>
    <message>
        <source>AWS fleet-wide PUE</source>
        <translation>Flottenweite AWS-PUE</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>Power basis</source>
        <translation>Grundlage der Leistung</translation>
    </message>
    <message>
        <source>Embodied (kgCO2e)</source>
        <translation>Grau (kgCO2e)</translation>
    </message>
    <message>
        <source>Price (USD/h)</source>
        <translation>Preis (USD/h)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>project catalog</source>
        <translation>Projektkatalog</translation>
    </message>
    <message>
        <source>user catalog</source>
        <translation>Benutzerkatalog</translation>
    </message>
    <message>
        <source>Storage classes</source>
        <translation>Speicherklassen</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>Speicherklasse</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Copies (×)</source>
        <translation>Kopien (×)</translation>
    </message>
    <message>
        <source>Price (USD/GB-month)</source>
        <translation>Preis (USD/GB-Monat)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Assumption. </source>
        <translation>Annahme. </translation>
    </message>
    <message>
        <source>SSD</source>
        <translation>SSD</translation>
    </message>
    <message>
        <source>HDD</source>
        <translation>HDD</translation>
    </message>
    <message>
        <source>Constants</source>
        <translation>Konstanten</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Konstante</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Vintage</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>%1 (assumption)</source>
        <translation>%1 (Annahme)</translation>
    </message>
    <message>
        <source>Grid-intensity datasets</source>
        <translation>Netzintensitäts-Datensätze</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (gewählt)</translation>
    </message>
    <message>
        <source>Reference data version %1. Every row of the reference data keeps its source; see data/reference/SOURCES.md in the Greenprint sources for licences and provenance.</source>
        <translation>Version der Referenzdaten: %1. Jede Zeile der Referenzdaten behält ihre Quelle; Lizenzen und Herkunft siehe data/reference/SOURCES.md in den Greenprint-Quellen.</translation>
    </message>
    <message>
        <source>AWS publishes no power figure for its Neuron chips, only claims about instances. Greenprint derives each chip&apos;s power so that the same work on a whole Neuron instance and on the claim&apos;s baseline instance (host and memory included, each at its own achieved fraction of peak) uses the energy ratio AWS claims. These values are a derived assumption, not a published figure; the band runs up to energy parity with the baseline instance.</source>
        <translation>AWS veröffentlicht keine Leistungsangabe für seine Neuron-Chips, nur Aussagen über Instanzen. Greenprint leitet die Leistung jedes Chips so ab, dass dieselbe Arbeit auf einer ganzen Neuron-Instanz und auf der Vergleichsinstanz der Aussage (Host und Speicher eingeschlossen, jede mit ihrem eigenen erreichten Anteil der Spitzenleistung) das von AWS angegebene Energieverhältnis ergibt. Diese Werte sind eine abgeleitete Annahme, keine veröffentlichte Zahl; die Spanne reicht bis zum Energiegleichstand mit der Vergleichsinstanz.</translation>
    </message>
    <message>
        <source>scenarios only</source>
        <translation>nur in Szenarien</translation>
    </message>
    <message>
        <source>Market-based %1 (gCO2e/kWh)</source>
        <translation>Marktbasiert %1 (gCO2e/kWh)</translation>
    </message>
    <message>
        <source>location-based</source>
        <translation>standortbasiert</translation>
    </message>
    <message>
        <source>0 (renewable-matched)</source>
        <translation>0 (durch erneuerbare Energien gedeckt)</translation>
    </message>
    <message>
        <source>residual mix %1 (%2)</source>
        <translation>Residualmix %1 (%2)</translation>
    </message>
    <message>
        <source>location-based: no residual mix</source>
        <translation>standortbasiert: kein Residualmix</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Hours (h)</source>
        <translation>Stunden (h)</translation>
    </message>
    <message>
        <source>Load applied</source>
        <translation>Angewandte Last</translation>
    </message>
    <message>
        <source>Idle load</source>
        <translation>Leerlauflast</translation>
    </message>
    <message>
        <source>Average power (W)</source>
        <translation>Mittlere Leistung (W)</translation>
    </message>
    <message>
        <source>hours from work</source>
        <translation>Stunden aus der Arbeit</translation>
    </message>
    <message>
        <source>hours as stated</source>
        <translation>Stunden wie angegeben</translation>
    </message>
    <message>
        <source>hours from work at a published achieved rate</source>
        <translation>Stunden aus der Arbeit bei einer veröffentlichten erreichten Rate</translation>
    </message>
    <message>
        <source>hours from work at %1 of peak</source>
        <translation>Stunden aus der Arbeit bei %1 der Spitzenleistung</translation>
    </message>
    <message>
        <source>the method&apos;s own load; the work implies %1</source>
        <translation>die Last der Methode; die Arbeit ergibt %1</translation>
    </message>
    <message>
        <source>Hours and load on the power curve</source>
        <translation>Stunden und Last auf der Leistungskurve</translation>
    </message>
    <message>
        <source>As the estimate applied them, per instance: the load sets each instance&apos;s power while it works; idle hours of notebooks and provisioned endpoints run at the idle load. Average power is over all hours, before PUE.</source>
        <translation>So, wie die Schätzung sie angewandt hat, je Instanz: Die Last bestimmt die Leistung jeder Instanz, während sie arbeitet; Leerlaufstunden von Notebooks und bereitgestellten Endpunkten laufen mit der Leerlauflast. Die mittlere Leistung gilt über alle Stunden, vor PUE.</translation>
    </message>
</context>
<context>
    <name>greenprint::PdfReport</name>
    <message>
        <source>Greenprint plan</source>
        <translation>Greenprint-Plan</translation>
    </message>
    <message>
        <source>Greenprint plan: %1</source>
        <translation>Greenprint-Plan: %1</translation>
    </message>
</context>
<context>
    <name>greenprint::PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>cannot start writing the PDF document</source>
        <translation>Das Schreiben des PDF-Dokuments kann nicht beginnen</translation>
    </message>
    <message>
        <source>cannot add a page to the PDF document</source>
        <translation>Dem PDF-Dokument kann keine Seite hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot finish the PDF document</source>
        <translation>Das PDF-Dokument kann nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>greenprint::PdfSections</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>GREENPRINT PLAN</source>
        <translation>GREENPRINT-PLAN</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>What-if scenario “%1” applied to the project.</source>
        <translation>Was-wäre-wenn-Szenario „%1“ auf das Projekt angewendet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recommended per region (best available dataset)</source>
        <translation>Empfohlen pro Region (bester verfügbarer Datensatz)</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Greenprint version</source>
        <translation>Greenprint-Version</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Referenzdaten</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Methodik</translation>
    </message>
    <message>
        <source>Grid-intensity dataset</source>
        <translation>Netzintensitäts-Datensatz</translation>
    </message>
    <message>
        <source>Market-based year</source>
        <translation>Jahr (marktbasiert)</translation>
    </message>
    <message>
        <source>%1 (AWS renewable-matching list)</source>
        <translation>%1 (AWS-Liste der erneuerbaren Deckung)</translation>
    </message>
    <message>
        <source>Default region</source>
        <translation>Standardregion</translation>
    </message>
    <message>
        <source>Embodied carbon</source>
        <translation>Graue Emissionen</translation>
    </message>
    <message>
        <source>included, servers amortised over %1 years</source>
        <translation>enthalten, Server über %1 Jahre abgeschrieben</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>nicht enthalten</translation>
    </message>
    <message>
        <source>Carbon, location-based</source>
        <translation>CO₂e, standortbasiert</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>Range %1 to %2 kgCO2e</source>
        <translation>Spanne %1 bis %2 kgCO2e</translation>
    </message>
    <message>
        <source>Operational %1 kgCO2e, embodied %2 kgCO2e</source>
        <translation>Betrieb %1 kgCO2e, grau %2 kgCO2e</translation>
    </message>
    <message>
        <source>Carbon, market-based</source>
        <translation>CO₂e, marktbasiert</translation>
    </message>
    <message>
        <source>Renewable matching as AWS reported it for %1</source>
        <translation>Erneuerbare Deckung, wie AWS sie für %1 angegeben hat</translation>
    </message>
    <message>
        <source>Shown beside, never instead of, location-based</source>
        <translation>Neben der standortbasierten Angabe gezeigt, nie an ihrer Stelle</translation>
    </message>
    <message>
        <source>Energy at the facility</source>
        <translation>Energie im Rechenzentrum</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Range %1 to %2 kWh</source>
        <translation>Spanne %1 bis %2 kWh</translation>
    </message>
    <message>
        <source>IT energy %1 kWh before PUE</source>
        <translation>IT-Energie %1 kWh vor PUE</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>AWS list prices, us-east-1 On-Demand unless Spot is set</source>
        <translation>AWS-Listenpreise, us-east-1 On-Demand, sofern nicht Spot gesetzt ist</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Energie (kWh)</translation>
    </message>
    <message>
        <source>Carbon (kgCO2e)</source>
        <translation>CO₂e (kgCO2e)</translation>
    </message>
    <message>
        <source>Range (kgCO2e)</source>
        <translation>Spanne (kgCO2e)</translation>
    </message>
    <message>
        <source>Market-based (kgCO2e)</source>
        <translation>Marktbasiert (kgCO2e)</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Carbon by stage (kgCO2e)</source>
        <translation>CO₂e nach Phase (kgCO2e)</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>Embodied</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>Range (low to high)</source>
        <translation>Spanne (niedrig bis hoch)</translation>
    </message>
    <message>
        <source>Carbon by stage</source>
        <translation>CO₂e nach Phase</translation>
    </message>
    <message>
        <source>Top suggestions</source>
        <translation>Wichtigste Vorschläge</translation>
    </message>
    <message>
        <source>No suggestions: the advisor was not run for this plan.</source>
        <translation>Keine Vorschläge: Der Berater wurde für diesen Plan nicht ausgeführt.</translation>
    </message>
    <message>
        <source>The advisor found no change that lowers the footprint of this plan within its constraints.</source>
        <translation>Der Berater hat innerhalb der Vorgaben keine Änderung gefunden, die den Fußabdruck dieses Plans senkt.</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Saves (kgCO2e)</source>
        <translation>Ersparnis (kgCO2e)</translation>
    </message>
    <message>
        <source>Saves (USD)</source>
        <translation>Ersparnis (USD)</translation>
    </message>
    <message>
        <source>Each saving is against the baseline, so savings do not add up; details and sources follow the what-if comparison.</source>
        <translation>Jede Ersparnis bezieht sich auf den Ausgangsplan, die Ersparnisse lassen sich daher nicht addieren; Details und Quellen folgen nach dem Was-wäre-wenn-Vergleich.</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Ranked by carbon saved. A dash means the reference data has no price for what the change moves to.</source>
        <translation>Nach eingespartem CO₂e geordnet. Ein Strich bedeutet, dass die Referenzdaten keinen Preis für das Ziel der Änderung haben.</translation>
    </message>
    <message>
        <source>Saves %1 kgCO2e and %2 USD on this plan</source>
        <translation>Spart %1 kgCO2e und %2 USD bei diesem Plan</translation>
    </message>
    <message>
        <source> (negligible: under 0.5 % of the plan&apos;s carbon)</source>
        <translation> (vernachlässigbar: unter 0,5 % des CO₂e des Plans)</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message numerus="yes">
        <source>Region %1 · %n component(s) · %2 kgCO2e · %3 kWh · %4 USD</source>
        <translation>
            <numerusform>Region %1 · %n Komponente · %2 kgCO2e · %3 kWh · %4 USD</numerusform>
            <numerusform>Region %1 · %n Komponenten · %2 kgCO2e · %3 kWh · %4 USD</numerusform>
        </translation>
    </message>
    <message>
        <source>No components in this stage.</source>
        <translation>Keine Komponenten in dieser Phase.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Hours (h)</source>
        <translation>Stunden (h)</translation>
    </message>
    <message>
        <source>Stage total</source>
        <translation>Summe der Phase</translation>
    </message>
    <message>
        <source>Carbon by component (kgCO2e)</source>
        <translation>CO₂e nach Komponente (kgCO2e)</translation>
    </message>
    <message>
        <source>What-if comparison</source>
        <translation>Was-wäre-wenn-Vergleich</translation>
    </message>
    <message>
        <source>This project defines no what-if scenarios; the plan above is the only one estimated.</source>
        <translation>Dieses Projekt definiert keine Was-wäre-wenn-Szenarien; der obige Plan ist der einzige geschätzte.</translation>
    </message>
    <message>
        <source>Every scenario is the baseline with its changes applied to a copy, estimated by the same method and reference data. Negative changes are savings.</source>
        <translation>Jedes Szenario ist der Ausgangsplan mit seinen Änderungen, angewendet auf eine Kopie und mit derselben Methode und denselben Referenzdaten geschätzt. Negative Änderungen sind Einsparungen.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Change (kgCO2e)</source>
        <translation>Änderung (kgCO2e)</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>Änderung (%)</translation>
    </message>
    <message>
        <source>Change (USD)</source>
        <translation>Änderung (USD)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangsplan</translation>
    </message>
    <message>
        <source>Total carbon per scenario (kgCO2e)</source>
        <translation>CO₂e gesamt pro Szenario (kgCO2e)</translation>
    </message>
    <message>
        <source>Notes on the inputs</source>
        <translation>Hinweise zu den Eingaben</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>not counted by the Green Algorithms method</source>
        <translation>von der Green-Algorithms-Methode nicht erfasst</translation>
    </message>
    <message>
        <source>Adds %1 kgCO2e and saves %2 USD on this plan: a cost saving that raises carbon</source>
        <translation>Fügt diesem Plan %1 kgCO2e hinzu und spart %2 USD: eine Kostenersparnis, die die Emissionen erhöht</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>nicht geschätzt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Some component could not be estimated: see “Notes on the inputs”</source>
        <translation>Eine Komponente konnte nicht geschätzt werden: siehe „Hinweise zu den Eingaben“</translation>
    </message>
    <message>
        <source>Some price is missing from the reference data</source>
        <translation>In den Referenzdaten fehlt ein Preis</translation>
    </message>
    <message>
        <source>The plan itself cannot run as written: %1.</source>
        <translation>Der Plan selbst kann so nicht laufen: %1.</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Nicht angeboten</translation>
    </message>
    <message>
        <source>Scenarios whose figures cannot be compared with the baseline (no saving is shown for them):</source>
        <translation>Szenarien, deren Zahlen nicht mit dem Ausgangsplan verglichen werden können (für sie wird keine Einsparung angezeigt):</translation>
    </message>
    <message>
        <source>Per unit of work</source>
        <translation>Pro Arbeitseinheit</translation>
    </message>
    <message>
        <source>Functional unit (R)</source>
        <translation>Funktionelle Einheit (R)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>kgCO2e per unit</source>
        <translation>kgCO2e pro Einheit</translation>
    </message>
    <message>
        <source>kWh per unit</source>
        <translation>kWh pro Einheit</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Ganzer Plan</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Vorgaben</translation>
    </message>
    <message>
        <source>only in %1</source>
        <translation>nur in %1</translation>
    </message>
    <message>
        <source>responses within %1 ms</source>
        <translation>Antworten innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>keep at least %1 % of the baseline model&apos;s score</source>
        <translation>mindestens %1 % des Werts des Ausgangsmodells halten</translation>
    </message>
    <message>
        <source>served to edge devices</source>
        <translation>an Edge-Geräte ausgeliefert</translation>
    </message>
    <message>
        <source>none stated: any region, no latency ceiling, no accuracy floor</source>
        <translation>keine angegeben: jede Region, keine Latenzgrenze, keine Mindestgenauigkeit</translation>
    </message>
    <message>
        <source>Recommended: scenario “%1”, %2 kgCO2e, a change of %3 kgCO2e (%4) against the baseline, cost change %5 USD. Of this project&apos;s scenarios it has the lowest carbon; the what-if comparison has them all.</source>
        <translation>Empfohlen: Szenario „%1“, %2 kgCO2e, eine Änderung von %3 kgCO2e (%4) gegenüber dem Ausgangsplan, Kostenänderung %5 USD. Von den Szenarien dieses Projekts hat es die geringsten Emissionen; der Was-wäre-wenn-Vergleich zeigt alle.</translation>
    </message>
    <message>
        <source>This project defines no what-if scenario.</source>
        <translation>Dieses Projekt definiert kein Was-wäre-wenn-Szenario.</translation>
    </message>
    <message>
        <source>None of this project&apos;s scenarios lowers its carbon.</source>
        <translation>Keines der Szenarien dieses Projekts senkt seine CO2e-Emissionen.</translation>
    </message>
    <message>
        <source>The largest single saving the advisor offers: %1, %2 kgCO2e (%3 of the plan); see “Suggestions”.</source>
        <translation>Die größte einzelne Einsparung, die der Berater vorschlägt: %1, %2 kgCO2e (%3 des Plans); siehe „Vorschläge“.</translation>
    </message>
    <message>
        <source>The advisor offers no change that lowers its carbon.</source>
        <translation>Der Berater schlägt keine Änderung vor, die die Emissionen senkt.</translation>
    </message>
    <message numerus="yes">
        <source>%n further suggestion(s) are listed in the appendix at the end of this plan.</source>
        <translation>
            <numerusform>%n weiterer Vorschlag steht im Anhang am Ende dieses Plans.</numerusform>
            <numerusform>%n weitere Vorschläge stehen im Anhang am Ende dieses Plans.</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Appendix: further suggestions</source>
        <translation>Anhang: weitere Vorschläge</translation>
    </message>
    <message>
        <source>The ranked suggestions after the first %1 and the smaller savings (under 0.5 % of the plan&apos;s kgCO2e, or nothing counted), numbered as in “Suggestions”. Each saving is against the baseline. The what-if view and the command “greenprint suggest” give each one&apos;s detail and side effects.</source>
        <translation>Die gereihten Vorschläge nach den ersten %1 und die kleineren Einsparungen (unter 0,5 % der kgCO2e des Plans oder nicht bezifferbar), nummeriert wie unter „Vorschläge“. Jede Einsparung bezieht sich auf den Ausgangsplan. Die Was-wäre-wenn-Ansicht und der Befehl „greenprint suggest“ zeigen zu jedem Details und Nebenwirkungen.</translation>
    </message>
    <message>
        <source>users near %1</source>
        <translation>Nutzer nahe %1</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Alone (kgCO2e)</source>
        <translation>Allein (kgCO2e)</translation>
    </message>
    <message>
        <source>Span (kgCO2e)</source>
        <translation>Breite (kgCO2e)</translation>
    </message>
    <message>
        <source>What the range is</source>
        <translation>Woher die Spanne kommt</translation>
    </message>
    <message>
        <source>What makes the range</source>
        <translation>Was die Spanne ausmacht</translation>
    </message>
    <message>
        <source>The range above combines these inputs, each read as its P10 to P90 interval, in quadrature (IPCC 2006, Vol. 1, ch. 3, Approach 1). Here each input is moved alone, the others held central (%1 kgCO2e): the widest row is the assumption to pin down first.</source>
        <translation>Die Spanne oben kombiniert diese Eingaben, jede als ihr Intervall P10 bis P90 gelesen, quadratisch (IPCC 2006, Bd. 1, Kap. 3, Ansatz 1). Hier wird jede Eingabe allein bewegt, die anderen bleiben beim Mittelwert (%1 kgCO2e): Die breiteste Zeile ist die Annahme, die zuerst geklärt werden sollte.</translation>
    </message>
    <message>
        <source>%1 (%2 runs of %3 h)</source>
        <translation>%1 (%2 Läufe zu %3 h)</translation>
    </message>
    <message>
        <source>Adds %1 kgCO2e on this plan; the change in cost is unknown</source>
        <translation>Erhöht die Emissionen dieses Plans um %1 kgCO2e; die Kostenänderung ist unbekannt</translation>
    </message>
    <message>
        <source>Adds %1 kgCO2e and %2 USD on this plan</source>
        <translation>Erhöht die Emissionen dieses Plans um %1 kgCO2e und die Kosten um %2 USD</translation>
    </message>
    <message>
        <source>Saves %1 kgCO2e on this plan; the change in cost is unknown</source>
        <translation>Spart %1 kgCO2e bei diesem Plan; die Kostenänderung ist unbekannt</translation>
    </message>
    <message>
        <source>Saves %1 kgCO2e on this plan and costs %2 USD more</source>
        <translation>Spart %1 kgCO2e bei diesem Plan und kostet %2 USD mehr</translation>
    </message>
</context>
<context>
    <name>greenprint::PerUnitText</name>
    <message>
        <source>%1: not estimated</source>
        <translation>%1: nicht geschätzt</translation>
    </message>
    <message>
        <source>no figure per 1,000 requests: state the requests the endpoints serve</source>
        <translation>kein Wert pro 1.000 Anfragen: geben Sie die Anfragen an, die die Endpunkte bedienen</translation>
    </message>
    <message>
        <source>no figure %1: nothing countable is planned</source>
        <translation>kein Wert %1: nichts Zählbares geplant</translation>
    </message>
    <message>
        <source>%1 and %2 %3</source>
        <translation>%1 und %2 %3</translation>
    </message>
    <message>
        <source>Whole plan: %1</source>
        <translation>Ganzer Plan: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Per unit of work in the form of the Software Carbon Intensity specification (ISO/IEC 21031): (E × I + M) per R, operational carbon (energy × grid intensity) plus embodied carbon, divided by the units delivered: pipeline runs, notebook weeks, training runs, or 1,000 requests served. A training run is one run of the training job that draws the most energy in a run; the stage&apos;s other jobs, a nightly evaluation say, count towards it. The whole plan is counted per 1,000 requests when it serves any, so training is amortised over them. Where every endpoint and job serving requests states its tokens per request, inference and the whole plan are also counted per 1 M tokens served, prompt and output tokens together.</source>
        <translation>Pro Arbeitseinheit in der Form der Software-Carbon-Intensity-Spezifikation (ISO/IEC 21031): (E × I + M) pro R, Betriebsemissionen (Energie × Netzintensität) plus graue Emissionen, geteilt durch die gelieferten Einheiten: Pipeline-Läufe, Notebook-Wochen, Trainingsläufe oder 1.000 bediente Anfragen. Ein Trainingslauf ist ein Lauf des Trainingsjobs, der in einem Lauf die meiste Energie aufnimmt; die übrigen Jobs der Phase, etwa eine nächtliche Evaluierung, werden ihm zugerechnet. Der ganze Plan wird pro 1.000 Anfragen gerechnet, wenn er welche bedient, so dass das Training auf sie umgelegt wird. Wenn jeder Endpunkt und Job, der Anfragen bedient, seine Tokens pro Anfrage angibt, werden die Inferenz und der ganze Plan außerdem pro 1 Mio. bediente Tokens gerechnet, Prompt- und Ausgabe-Tokens zusammen.</translation>
    </message>
</context>
<context>
    <name>greenprint::PlanActualView</name>
    <message>
        <source>AWS &amp;Cost and Usage Report…</source>
        <translation>AWS &amp;Cost and Usage Report…</translation>
    </message>
    <message>
        <source>Cost and Usage Report (*.csv *.csv.gz *.gz)</source>
        <translation>Cost and Usage Report (*.csv *.csv.gz *.gz)</translation>
    </message>
    <message>
        <source>AWS Carbon &amp;Emissions Export…</source>
        <translation>AWS-&amp;Export der CO₂-Emissionen…</translation>
    </message>
    <message>
        <source>Carbon emissions export (*.csv *.csv.gz *.gz)</source>
        <translation>Export der CO₂-Emissionen (*.csv *.csv.gz *.gz)</translation>
    </message>
    <message>
        <source>C&amp;odeCarbon Log…</source>
        <translation>C&amp;odeCarbon-Protokoll…</translation>
    </message>
    <message>
        <source>CodeCarbon emissions (*.csv)</source>
        <translation>CodeCarbon-Emissionen (*.csv)</translation>
    </message>
    <message>
        <source>&amp;nvidia-smi Log…</source>
        <translation>&amp;nvidia-smi-Protokoll…</translation>
    </message>
    <message>
        <source>nvidia-smi CSV log (*.csv *.csv.gz *.gz *.log)</source>
        <translation>nvidia-smi-CSV-Protokoll (*.csv *.csv.gz *.gz *.log)</translation>
    </message>
    <message>
        <source>neuron-&amp;monitor Output…</source>
        <translation>neuron-&amp;monitor-Ausgabe…</translation>
    </message>
    <message>
        <source>neuron-monitor JSON (*.json *.jsonl *.log *.gz)</source>
        <translation>neuron-monitor-JSON (*.json *.jsonl *.log *.gz)</translation>
    </message>
    <message>
        <source>Cloud&amp;Watch Metrics…</source>
        <translation>Cloud&amp;Watch-Metriken…</translation>
    </message>
    <message>
        <source>CloudWatch metrics (*.csv *.csv.gz *.gz)</source>
        <translation>CloudWatch-Metriken (*.csv *.csv.gz *.gz)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import a bill, AWS&apos;s carbon export or a measurement log</source>
        <translation>Eine Rechnung, den CO₂-Export von AWS oder ein Messprotokoll importieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Forget the imports shown here (they stay in your Greenprint database)</source>
        <translation>Die hier gezeigten Importe vergessen (sie bleiben in Ihrer Greenprint-Datenbank)</translation>
    </message>
    <message>
        <source>Stage / component</source>
        <translation>Phase / Komponente</translation>
    </message>
    <message>
        <source>Planned kgCO2e</source>
        <translation>Geplant kgCO2e</translation>
    </message>
    <message>
        <source>Actual kgCO2e</source>
        <translation>Ist kgCO2e</translation>
    </message>
    <message>
        <source>Variance kgCO2e</source>
        <translation>Abweichung kgCO2e</translation>
    </message>
    <message>
        <source>Planned h</source>
        <translation>Geplant h</translation>
    </message>
    <message>
        <source>Actual h</source>
        <translation>Ist h</translation>
    </message>
    <message>
        <source>Planned USD</source>
        <translation>Geplant USD</translation>
    </message>
    <message>
        <source>Actual USD</source>
        <translation>Ist USD</translation>
    </message>
    <message>
        <source>What drove it</source>
        <translation>Was es verursacht hat</translation>
    </message>
    <message>
        <source>Plan against actual</source>
        <translation>Plan und Ist</translation>
    </message>
    <message>
        <source>Import Actual Usage</source>
        <translation>Tatsächliche Nutzung importieren</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“%1” does not say what it measured. Which component of the plan ran there?</source>
        <translation>„%1“ sagt nicht, was gemessen wurde. Welche Komponente des Plans lief dort?</translation>
    </message>
    <message>
        <source>The import is shown but not stored: %1</source>
        <translation>Der Import wird angezeigt, aber nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>nicht geschätzt</translation>
    </message>
    <message>
        <source>Import what really ran — an AWS Cost and Usage Report, AWS&apos;s carbon emissions export, CodeCarbon, nvidia-smi, neuron-monitor or CloudWatch logs — to see it beside the plan. Tag your resources with the cost-allocation tag greenprint:component = component name.</source>
        <translation>Importieren Sie, was wirklich lief – einen AWS Cost and Usage Report, den CO₂-Export von AWS, CodeCarbon-, nvidia-smi-, neuron-monitor- oder CloudWatch-Protokolle –, um es neben dem Plan zu sehen. Versehen Sie Ihre Ressourcen mit dem Kostenzuordnungs-Tag greenprint:component = Name der Komponente.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n record(s))</source>
        <translation>
            <numerusform>%1 (%2, %n Datensatz)</numerusform>
            <numerusform>%1 (%2, %n Datensätze)</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message>
        <source>Billed usage from %1 to %2.</source>
        <translation>Abgerechnete Nutzung vom %1 bis %2.</translation>
    </message>
    <message>
        <source>* Part of the usage could not be estimated (an instance type or Region without reference data): the figures cover the rest.</source>
        <translation>* Ein Teil der Nutzung konnte nicht geschätzt werden (ein Instanztyp oder eine Region ohne Referenzdaten): die Zahlen decken den Rest ab.</translation>
    </message>
    <message>
        <source>%1 kgCO2e</source>
        <translation>%1 kgCO2e</translation>
    </message>
    <message>
        <source>Unplanned usage</source>
        <translation>Ungeplante Nutzung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Import AWS&apos;s carbon emissions export to see AWS&apos;s own figure beside Greenprint&apos;s.</source>
        <translation>Importieren Sie den CO₂-Export von AWS, um die eigene Zahl von AWS neben der von Greenprint zu sehen.</translation>
    </message>
    <message>
        <source>AWS&apos;s carbon export, %1 to %2 (%3): %4 kgCO2e location-based; Greenprint for the same months and Regions: %5 kgCO2e.</source>
        <translation>CO₂-Export von AWS, %1 bis %2 (%3): %4 kgCO2e standortbasiert; Greenprint für dieselben Monate und Regionen: %5 kgCO2e.</translation>
    </message>
    <message>
        <source>Calibrate Plan from Actuals</source>
        <translation>Plan aus Ist-Werten kalibrieren</translation>
    </message>
    <message>
        <source>Put the measured hours, utilization and power of every matched component into the plan, with the file and period each came from (one step to undo)</source>
        <translation>Die gemessenen Stunden, Auslastung und Leistung jeder zugeordneten Komponente in den Plan übernehmen, mit der Datei und dem Zeitraum, aus denen sie stammen (ein Schritt zum Rückgängigmachen)</translation>
    </message>
    <message>
        <source>Calibrate Selected Component</source>
        <translation>Ausgewählte Komponente kalibrieren</translation>
    </message>
    <message>
        <source>Put the measured values of the selected component into the plan (one step to undo)</source>
        <translation>Die gemessenen Werte der ausgewählten Komponente in den Plan übernehmen (ein Schritt zum Rückgängigmachen)</translation>
    </message>
    <message>
        <source>Calibrated “%1”: %2</source>
        <translation>Kalibriert „%1“: %2</translation>
    </message>
    <message>
        <source>Not calibrated “%1”: %2</source>
        <translation>Nicht kalibriert „%1“: %2</translation>
    </message>
    <message>
        <source>Nothing to calibrate: no imported usage or measurement matches %1.</source>
        <translation>Nichts zu kalibrieren: Keine importierte Nutzung oder Messung passt zu %1.</translation>
    </message>
    <message>
        <source>this component</source>
        <translation>dieser Komponente</translation>
    </message>
    <message>
        <source>a component that runs instances</source>
        <translation>einer Komponente, die Instanzen betreibt</translation>
    </message>
    <message>
        <source>The measured values are in the plan and its assumptions; Edit &gt; Undo takes them back.</source>
        <translation>Die gemessenen Werte stehen im Plan und in seinen Annahmen; Bearbeiten &gt; Rückgängig nimmt sie zurück.</translation>
    </message>
</context>
<context>
    <name>greenprint::PlanExport</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>scenario %1 cannot be applied: %2</source>
        <translation>Szenario %1 kann nicht angewendet werden: %2</translation>
    </message>
    <message>
        <source>this project has no scenario %1</source>
        <translation>Dieses Projekt hat kein Szenario %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: %2</source>
        <translation>Szenario „%1“: %2</translation>
    </message>
    <message>
        <source>Applies to: %1. %2</source>
        <translation>Gilt für: %1. %2</translation>
    </message>
</context>
<context>
    <name>greenprint::PlanSearch</name>
    <message>
        <source>Everything in %1 (%2)</source>
        <translation>Alles in %1 (%2)</translation>
    </message>
    <message>
        <source>Everything in %1 (%2) on %3</source>
        <translation>Alles in %1 (%2) auf %3</translation>
    </message>
    <message>
        <source>Everything in %1</source>
        <translation>Alles in %1</translation>
    </message>
    <message>
        <source>A stage runs on your own hardware or in a region of your own: the whole plan is not moved.</source>
        <translation>Eine Phase läuft auf Ihrer eigenen Hardware oder in einer eigenen Region: der ganze Plan wird nicht verschoben.</translation>
    </message>
    <message>
        <source>Only one stage has components: the stage&apos;s own moves are the whole plan&apos;s.</source>
        <translation>Nur eine Phase hat Komponenten: die Wechsel der Phase sind die des ganzen Plans.</translation>
    </message>
    <message>
        <source>%1 is not offered in %2 (EC2 offerings of %3)</source>
        <translation>%1 wird in %2 nicht angeboten (EC2-Angebote vom %3)</translation>
    </message>
    <message>
        <source>The plan as it is</source>
        <translation>Der Plan, wie er ist</translation>
    </message>
    <message>
        <source>Check data residency and where the data is produced and used.</source>
        <translation>Datenresidenz prüfen und wo die Daten entstehen und genutzt werden.</translation>
    </message>
    <message>
        <source>Moves every stage to %1 (grid %2 gCO2e/kWh) and counts a one-off transfer of the data each stage stores.</source>
        <translation>Verschiebt jede Phase nach %1 (Netz %2 gCO2e/kWh) und zählt eine einmalige Übertragung der Daten, die jede Phase speichert.</translation>
    </message>
    <message>
        <source>Hardware per stage, each the advisor&apos;s own move (sized from the same work and checked for accelerator memory, interconnect and endpoint headroom): %1.</source>
        <translation>Hardware je Phase, jeweils der eigene Wechsel des Beraters (aus derselben Arbeit bemessen und auf Beschleunigerspeicher, Interconnect und Reserve des Endpunkts geprüft): %1.</translation>
    </message>
    <message>
        <source>Found by the whole-plan search: every allowed region, with each stage on its planned hardware or on the best move of each hardware rule; no instance type is proposed in a region the EC2 offerings of %1 say does not offer it. Prices in the reference data are us-east-1 On-Demand for every region, so regional price differences are not counted.</source>
        <translation>Gefunden von der Suche über den ganzen Plan: jede erlaubte Region, jede Phase auf ihrer geplanten Hardware oder auf dem besten Wechsel jeder Hardwareregel; kein Instanztyp wird in einer Region vorgeschlagen, die ihn laut den EC2-Angeboten vom %1 nicht anbietet. Die Preise der Referenzdaten sind us-east-1 On-Demand für jede Region, regionale Preisunterschiede werden also nicht gezählt.</translation>
    </message>
</context>
<context>
    <name>greenprint::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Automatic (g, kg or t CO2e)</source>
        <translation>Automatisch (g, kg oder t CO2e)</translation>
    </message>
    <message>
        <source>gCO2e</source>
        <translation>gCO2e</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>tCO2e</source>
        <translation>tCO2e</translation>
    </message>
    <message>
        <source>Automatic (Wh, kWh or MWh)</source>
        <translation>Automatisch (Wh, kWh oder MWh)</translation>
    </message>
    <message>
        <source>Wh</source>
        <translation>Wh</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>Standard&amp;region:</translation>
    </message>
    <message>
        <source>The region of new projects.</source>
        <translation>Die Region neuer Projekte.</translation>
    </message>
    <message>
        <source>&amp;Methodology:</source>
        <translation>&amp;Methodik:</translation>
    </message>
    <message>
        <source>The estimation method of new projects.</source>
        <translation>Die Schätzmethode neuer Projekte.</translation>
    </message>
    <message>
        <source>Grid &amp;dataset:</source>
        <translation>Netz&amp;datensatz:</translation>
    </message>
    <message>
        <source>The grid carbon-intensity dataset of new projects.</source>
        <translation>Der Datensatz zur CO₂-Intensität des Stromnetzes für neue Projekte.</translation>
    </message>
    <message>
        <source>&amp;Carbon unit:</source>
        <translation>&amp;CO₂e-Einheit:</translation>
    </message>
    <message>
        <source>How carbon totals and charts are scaled.</source>
        <translation>Wie CO₂e-Summen und Diagramme skaliert werden.</translation>
    </message>
    <message>
        <source>&amp;Energy unit:</source>
        <translation>&amp;Energieeinheit:</translation>
    </message>
    <message>
        <source>How energy totals are scaled.</source>
        <translation>Wie Energiesummen skaliert werden.</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language of menus, views and exported plans; applies at once.</source>
        <translation>Die Sprache von Menüs, Ansichten und exportierten Plänen; gilt sofort.</translation>
    </message>
</context>
<context>
    <name>greenprint::PretrainedModelRule</name>
    <message>
        <source>Fine-tune a pre-trained model instead of &quot;%1&quot;</source>
        <translation>Ein vortrainiertes Modell feinabstimmen statt „%1“</translation>
    </message>
    <message>
        <source>Starting from an existing model (Hugging Face, SageMaker JumpStart, AWS Marketplace) by transfer learning or incremental training avoids training from scratch. The copy drops this job. Assumption: a suitable pre-trained model exists; the fine-tuning run that replaces the job is not counted, so add it as its own component to see the net saving.</source>
        <translation>Ausgehend von einem vorhandenen Modell (Hugging Face, SageMaker JumpStart, AWS Marketplace) vermeidet Transfer Learning oder inkrementelles Training ein Training von Grund auf. Die Kopie entfernt diesen Job. Annahme: Ein geeignetes vortrainiertes Modell existiert; der Feinabstimmungslauf, der den Job ersetzt, wird nicht gezählt – fügen Sie ihn als eigene Komponente hinzu, um die Nettoersparnis zu sehen.</translation>
    </message>
    <message>
        <source>The result depends on the pre-trained model: its licence, data and quality; accuracy on your task can differ.</source>
        <translation>Das Ergebnis hängt vom vortrainierten Modell ab: seiner Lizenz, seinen Daten und seiner Qualität; die Genauigkeit bei Ihrer Aufgabe kann abweichen.</translation>
    </message>
    <message>
        <source>Fine-tune pre-trained models instead of training from scratch</source>
        <translation>Vortrainierte Modelle feinabstimmen statt von Grund auf zu trainieren</translation>
    </message>
</context>
<context>
    <name>greenprint::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>The project has never been saved.</source>
        <translation>Das Projekt wurde noch nie gespeichert.</translation>
    </message>
</context>
<context>
    <name>greenprint::ProjectForm</name>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>The project&apos;s name, shown in reports.</source>
        <translation>Der Name des Projekts, angezeigt in Berichten.</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>The AWS region every stage runs in unless the stage overrides it. Its grid intensity and PUE drive the operational carbon.</source>
        <translation>Die AWS-Region, in der jede Phase läuft, sofern die Phase sie nicht überschreibt. Ihre Netzintensität und PUE bestimmen die Betriebsemissionen.</translation>
    </message>
    <message>
        <source>&amp;Methodology:</source>
        <translation>&amp;Methodik:</translation>
    </message>
    <message>
        <source>Greenprint: one power model for every instance (measured H100 load curve, derived Neuron power) with uncertainty bands. Cloud Carbon Footprint and Green Algorithms reproduce those tools&apos; own formulas and constants from the same inputs.</source>
        <translation>Greenprint: ein Leistungsmodell für jede Instanz (gemessene H100-Lastkurve, abgeleitete Neuron-Leistung) mit Unsicherheitsspannen. Cloud Carbon Footprint und Green Algorithms bilden die Formeln und Konstanten dieser Werkzeuge aus denselben Eingaben nach.</translation>
    </message>
    <message>
        <source>Embodied:</source>
        <translation>Grau:</translation>
    </message>
    <message>
        <source>Include &amp;embodied carbon</source>
        <translation>&amp;Graue Emissionen einbeziehen</translation>
    </message>
    <message>
        <source>Add the manufacturing share of the servers over the hours used.</source>
        <translation>Den Herstellungsanteil der Server über die genutzten Stunden hinzufügen.</translation>
    </message>
    <message>
        <source>Server &amp;lifetime:</source>
        <translation>Server-&amp;Lebensdauer:</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>Years over which a server&apos;s manufacturing emissions are spread: 4 (Cloud Carbon Footprint&apos;s default) or 6 (AWS&apos;s own depreciation).</source>
        <translation>Jahre, über die die Herstellungsemissionen eines Servers verteilt werden: 4 (Standard von Cloud Carbon Footprint) oder 6 (Abschreibung von AWS selbst).</translation>
    </message>
    <message>
        <source>Market-based &amp;year:</source>
        <translation>&amp;Jahr (marktbasiert):</translation>
    </message>
    <message>
        <source>Year of AWS&apos;s list of regions whose electricity was matched 100 % with renewables; the market-based carbon is shown beside the location-based one, never instead.</source>
        <translation>Jahr der AWS-Liste der Regionen, deren Strom zu 100 % mit erneuerbaren Energien gedeckt war; die marktbasierten Emissionen werden neben den standortbasierten gezeigt, nie an ihrer Stelle.</translation>
    </message>
    <message>
        <source>P&amp;UE override:</source>
        <translation>P&amp;UE-Vorgabe:</translation>
    </message>
    <message>
        <source>Region&apos;s PUE</source>
        <translation>PUE der Region</translation>
    </message>
    <message>
        <source>Power usage effectiveness applied to every region instead of its published value (facility energy ÷ IT energy, 1.00 or more).</source>
        <translation>Power Usage Effectiveness, die statt des veröffentlichten Werts auf jede Region angewendet wird (Energie des Rechenzentrums ÷ IT-Energie, 1,00 oder mehr).</translation>
    </message>
    <message>
        <source>&amp;Spot discount:</source>
        <translation>&amp;Spot-Rabatt:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Reference value</source>
        <translation>Referenzwert</translation>
    </message>
    <message>
        <source>Discount of spot over on-demand prices, in percent, for components priced as spot. Unset: the reference value.</source>
        <translation>Rabatt der Spot- gegenüber On-Demand-Preisen in Prozent für als Spot bepreiste Komponenten. Nicht gesetzt: der Referenzwert.</translation>
    </message>
    <message>
        <source>Grid &amp;dataset:</source>
        <translation>Netz&amp;datensatz:</translation>
    </message>
    <message>
        <source>The grid carbon-intensity dataset of every region; the spread of all datasets is part of the uncertainty band.</source>
        <translation>Der Datensatz zur CO₂-Intensität des Stromnetzes für jede Region; die Streuung aller Datensätze ist Teil der Unsicherheitsspanne.</translation>
    </message>
</context>
<context>
    <name>greenprint::ProjectReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>binary values are not allowed</source>
        <translation>Binärwerte sind nicht erlaubt</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; in the same object</source>
        <translation>Doppelter Schlüssel „%1“ im selben Objekt</translation>
    </message>
    <message>
        <source>number out of range at %1 (NaN and Infinity are not allowed)</source>
        <translation>Zahl außerhalb des Bereichs bei %1 (NaN und Infinity sind nicht erlaubt)</translation>
    </message>
    <message>
        <source>invalid JSON at %1: NaN and Infinity are not allowed</source>
        <translation>Ungültiges JSON bei %1: NaN und Infinity sind nicht erlaubt</translation>
    </message>
    <message>
        <source>invalid JSON at %1: %2</source>
        <translation>Ungültiges JSON bei %1: %2</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels; the file is refused</source>
        <translation>Die Verschachtelung ist tiefer als %1 Ebenen; die Datei wird abgelehnt</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>Pflichtschlüssel fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a number &gt; %1 and &lt;= %2</source>
        <translation>muss eine Zahl &gt; %1 und &lt;= %2 sein</translation>
    </message>
    <message>
        <source>must be a number between %1 and %2</source>
        <translation>muss eine Zahl zwischen %1 und %2 sein</translation>
    </message>
    <message>
        <source>must be a number &gt; %1</source>
        <translation>muss eine Zahl &gt; %1 sein</translation>
    </message>
    <message>
        <source>must be a number &gt;= %1</source>
        <translation>muss eine Zahl &gt;= %1 sein</translation>
    </message>
    <message>
        <source>must be an integer &gt;= %1</source>
        <translation>muss eine ganze Zahl &gt;= %1 sein</translation>
    </message>
    <message>
        <source>must be an integer between %1 and %2</source>
        <translation>muss eine ganze Zahl zwischen %1 und %2 sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>muss einer der folgenden Werte sein: %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>unknown key is ignored and will not be saved</source>
        <translation>Unbekannter Schlüssel wird ignoriert und nicht gespeichert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON path such as stages[2].components[0].instance (problem at character %2)</source>
        <translation>„%1“ ist kein JSON-Pfad wie stages[2].components[0].instance (Problem bei Zeichen %2)</translation>
    </message>
    <message>
        <source>the file must contain a JSON object (a Greenprint project)</source>
        <translation>Die Datei muss ein JSON-Objekt enthalten (ein Greenprint-Projekt)</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;: this is not a Greenprint project file</source>
        <translation>muss „%1“ sein: Dies ist keine Greenprint-Projektdatei</translation>
    </message>
    <message>
        <source>written by a newer Greenprint (format %1); this version reads up to %2</source>
        <translation>Von einem neueren Greenprint geschrieben (Format %1); diese Version liest bis %2</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>must list at least one region (leave the key out to allow every region)</source>
        <translation>muss mindestens eine Region nennen (den Schlüssel weglassen, um jede Region zu erlauben)</translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot; (first at %3)</source>
        <translation>Doppelte %1 „%2“ (zuerst bei %3)</translation>
    </message>
    <message>
        <source>duplicate scenario name &quot;%1&quot; (first defined at %2)</source>
        <translation>Doppelter Szenarioname „%1“ (zuerst definiert bei %2)</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>duplicate catalog instance id &quot;%1&quot; (first defined at %2)</source>
        <translation>Doppelte Instanz-ID „%1“ im Katalog (zuerst definiert bei %2)</translation>
    </message>
    <message>
        <source>duplicate catalog region id &quot;%1&quot; (first defined at %2)</source>
        <translation>Doppelte Regions-ID „%1“ im Katalog (zuerst definiert bei %2)</translation>
    </message>
    <message>
        <source>must not be greater than powerW.max (%1)</source>
        <translation>darf nicht größer als powerW.max (%1) sein</translation>
    </message>
    <message>
        <source>activeHoursPerWeek + idleHoursPerWeek must be at most %1 (the hours in a week), found %2</source>
        <translation>activeHoursPerWeek + idleHoursPerWeek darf höchstens %1 sein (die Stunden einer Woche), gefunden: %2</translation>
    </message>
    <message>
        <source>give either %1 or work, not both</source>
        <translation>entweder %1 oder work angeben, nicht beides</translation>
    </message>
    <message>
        <source>required key is missing (give either %1 or work)</source>
        <translation>Pflichtschlüssel fehlt (entweder %1 oder work angeben)</translation>
    </message>
    <message>
        <source>must be &quot;inference&quot;: an endpoint serves requests, it does not train</source>
        <translation>muss „inference“ sein: Ein Endpunkt bedient Anfragen, er trainiert nicht</translation>
    </message>
    <message>
        <source>does not apply to %1 work</source>
        <translation>gilt nicht für Arbeit vom Typ %1</translation>
    </message>
    <message>
        <source>unexpected JSON error: %1</source>
        <translation>Unerwarteter JSON-Fehler: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB (%2 bytes); it is not read</source>
        <translation>Die Datei ist größer als %1 MiB (%2 Bytes); sie wird nicht gelesen</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (at %1, byte offset %2)</source>
        <translation>Die Datei ist kein gültiger UTF-8-Text (bei %1, Byte-Offset %2)</translation>
    </message>
    <message>
        <source>required key is missing (a version string, or null if unknown)</source>
        <translation>Pflichtschlüssel fehlt (eine Versionszeichenkette oder null, wenn unbekannt)</translation>
    </message>
    <message>
        <source>duplicate stage &quot;%1&quot; (first at %2): each stage appears at most once</source>
        <translation>doppelte Phase „%1“ (zuerst bei %2): jede Phase darf höchstens einmal vorkommen</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot; is out of order: stages come in the order %2</source>
        <translation>Phase „%1“ steht an der falschen Stelle: die Reihenfolge der Phasen ist %2</translation>
    </message>
    <message>
        <source>must be at most %1: a bound far beyond any real workload that keeps every estimate finite</source>
        <translation>darf höchstens %1 sein: eine Grenze weit jenseits jeder realen Arbeitslast, die jede Schätzung endlich hält</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>das Lesen wurde abgebrochen</translation>
    </message>
    <message>
        <source>(no file name)</source>
        <translation>(kein Dateiname)</translation>
    </message>
    <message>
        <source>the file is %1 text; Greenprint reads UTF-8 only: save it as UTF-8 (without byte order mark) and open it again</source>
        <translation>die Datei ist %1-Text; Greenprint liest nur UTF-8: speichern Sie sie als UTF-8 (ohne Byte-Order-Mark) und öffnen Sie sie erneut</translation>
    </message>
    <message>
        <source>the file contains a NUL byte at %1 (byte offset %2): it is not a text file, or it is damaged</source>
        <translation>die Datei enthält ein NUL-Byte bei %1 (Byte-Offset %2): sie ist keine Textdatei oder beschädigt</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation>muss ein Datum im Format JJJJ-MM-TT sein, gefunden „%1“</translation>
    </message>
    <message>
        <source>must not be before &quot;from&quot;</source>
        <translation>darf nicht vor „from“ liegen</translation>
    </message>
    <message>
        <source>more than %1 components; the file is refused</source>
        <translation>mehr als %1 Komponenten; die Datei wird abgelehnt</translation>
    </message>
    <message>
        <source>more than %1 values outside the components (settings, catalog, scenarios and unknown keys); the file is refused</source>
        <translation>mehr als %1 Werte außerhalb der Komponenten (Einstellungen, Katalog, Szenarien und unbekannte Schlüssel); die Datei wird abgelehnt</translation>
    </message>
    <message>
        <source>%1 output tokens is more than the %2 tokensPerRequest they are part of</source>
        <translation>%1 Ausgabetokens sind mehr als die %2 tokensPerRequest, zu denen sie gehören</translation>
    </message>
    <message>
        <source>%1 active parameters is more than the model&apos;s %2 parameters</source>
        <translation>%1 aktive Parameter sind mehr als die %2 Parameter des Modells</translation>
    </message>
    <message>
        <source>applies to endpoints only: a job&apos;s requests are its total, &quot;requests&quot;</source>
        <translation>gilt nur für Endpunkte: Die Anfragen eines Jobs sind seine Gesamtzahl, &quot;requests&quot;</translation>
    </message>
    <message>
        <source>give either &quot;requests&quot; (the total) or &quot;requestsPerMonth&quot;, not both</source>
        <translation>entweder &quot;requests&quot; (die Gesamtzahl) oder &quot;requestsPerMonth&quot; angeben, nicht beides</translation>
    </message>
    <message>
        <source>%1 trainable parameters is more than the model&apos;s %2 parameters</source>
        <translation>%1 trainierbare Parameter sind mehr als die %2 Parameter des Modells</translation>
    </message>
    <message>
        <source>gives the source of a busyTimeFactor that the work does not state</source>
        <translation>nennt die Quelle eines busyTimeFactor, den die Arbeit nicht angibt</translation>
    </message>
</context>
<context>
    <name>greenprint::ProjectWriter</name>
    <message>
        <source>the override of &quot;%1&quot; does not hold valid JSON</source>
        <translation>Die Überschreibung von „%1“ enthält kein gültiges JSON</translation>
    </message>
    <message>
        <source>an endpoint serves inference work; it cannot hold training work</source>
        <translation>Ein Endpunkt bedient Inferenzarbeit; er kann keine Trainingsarbeit enthalten</translation>
    </message>
    <message>
        <source>cannot save a number that is not finite (%1)</source>
        <translation>Eine nicht endliche Zahl kann nicht gespeichert werden (%1)</translation>
    </message>
    <message>
        <source>the unknown key &quot;%1&quot; clashes with a key of the file format</source>
        <translation>Der unbekannte Schlüssel „%1“ kollidiert mit einem Schlüssel des Dateiformats</translation>
    </message>
    <message>
        <source>the unknown key &quot;%1&quot; does not hold valid JSON</source>
        <translation>Der unbekannte Schlüssel „%1“ enthält kein gültiges JSON</translation>
    </message>
    <message>
        <source>cannot save the project: %1</source>
        <translation>Das Projekt kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot save the project: it takes %1 MiB, more than the %2 MiB a project file may have (split it into several projects)</source>
        <translation>das Projekt kann nicht gespeichert werden: es belegt %1 MiB, mehr als die %2 MiB, die eine Projektdatei haben darf (teilen Sie es in mehrere Projekte auf)</translation>
    </message>
</context>
<context>
    <name>greenprint::PublicDatasetRule</name>
    <message>
        <source>Use a public dataset instead of ingesting and processing your own</source>
        <translation>Einen öffentlichen Datensatz verwenden, statt eigene Daten aufzunehmen und zu verarbeiten</translation>
    </message>
    <message numerus="yes">
        <source>If the data exists as a curated public dataset (Open Data on AWS, including the Amazon Sustainability Data Initiative, or AWS Data Exchange), the copy drops the stage&apos;s %n processing job(s), stored copies and transfers. Assumption: the public dataset replaces them entirely; any filtering or tokenizing you still need is not counted.</source>
        <translation>
            <numerusform>Gibt es die Daten als kuratierten öffentlichen Datensatz (Open Data on AWS, einschließlich der Amazon Sustainability Data Initiative, oder AWS Data Exchange), entfernt die Kopie den %n Verarbeitungsjob der Phase, die gespeicherten Kopien und die Übertragungen. Annahme: Der öffentliche Datensatz ersetzt sie vollständig; noch nötiges Filtern oder Tokenisieren wird nicht gezählt.</numerusform>
            <numerusform>Gibt es die Daten als kuratierten öffentlichen Datensatz (Open Data on AWS, einschließlich der Amazon Sustainability Data Initiative, oder AWS Data Exchange), entfernt die Kopie die %n Verarbeitungsjobs der Phase, die gespeicherten Kopien und die Übertragungen. Annahme: Der öffentliche Datensatz ersetzt sie vollständig; noch nötiges Filtern oder Tokenisieren wird nicht gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only for data that is public in kind (weather, climate, satellite imagery, air quality, energy, public text corpora); a different dataset can change what the model learns.</source>
        <translation>Nur für Daten öffentlicher Art (Wetter, Klima, Satellitenbilder, Luftqualität, Energie, öffentliche Textkorpora); ein anderer Datensatz kann ändern, was das Modell lernt.</translation>
    </message>
</context>
<context>
    <name>greenprint::QuantizeRule</name>
    <message>
        <source>Serve &quot;%1&quot; in bf16</source>
        <translation>„%1“ in bf16 bereitstellen</translation>
    </message>
    <message>
        <source>Measured on an H100, a BERT-base forward pass in bf16 used %1 less energy per sample than in fp32; the copy applies that to the busy time.</source>
        <translation>Auf einer H100 gemessen brauchte ein BERT-base-Forward-Pass in bf16 %1 weniger Energie pro Sample als in fp32; die Kopie wendet das auf die ausgelastete Zeit an.</translation>
    </message>
    <message>
        <source>Reduced precision rarely changes accuracy; re-validate.</source>
        <translation>Geringere Genauigkeit ändert die Modellgüte selten; erneut validieren.</translation>
    </message>
    <message>
        <source>Quantize &quot;%1&quot; to int8 (or prune it)</source>
        <translation>„%1“ auf int8 quantisieren (oder prunen)</translation>
    </message>
    <message>
        <source>Quantization halves the bits per weight and doubles the accelerator&apos;s peak (%1 has %2 int8 TOPS); the copy sizes the work in int8. Pruning can shrink the model further; no source gives a figure, so it is not counted.</source>
        <translation>Quantisierung halbiert die Bits pro Gewicht und verdoppelt die Spitzenleistung des Beschleunigers (%1 hat %2 int8-TOPS); die Kopie bemisst die Arbeit in int8. Pruning kann das Modell weiter verkleinern; keine Quelle nennt einen Wert, daher wird es nicht gezählt.</translation>
    </message>
    <message>
        <source>Accuracy can drop; no source states by how much, so re-validate on your data.</source>
        <translation>Die Genauigkeit kann sinken; keine Quelle nennt, um wie viel, daher mit Ihren Daten erneut validieren.</translation>
    </message>
    <message>
        <source>Serve in bf16</source>
        <translation>In bf16 bereitstellen</translation>
    </message>
    <message>
        <source>Quantize to int8 (or prune)</source>
        <translation>Auf int8 quantisieren (oder beschneiden)</translation>
    </message>
</context>
<context>
    <name>greenprint::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Projects</source>
        <translation>Nicht gespeicherte Projekte wiederherstellen</translation>
    </message>
    <message>
        <source>Greenprint did not close normally last time. These projects had changes that were not saved:</source>
        <translation>Greenprint wurde beim letzten Mal nicht normal beendet. Diese Projekte hatten nicht gespeicherte Änderungen:</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nie gespeichert</translation>
    </message>
    <message>
        <source>%1
%2 · autosaved %3</source>
        <translation>%1
%2 · automatisch gespeichert %3</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard All</source>
        <translation>Alle &amp;verwerfen</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
</context>
<context>
    <name>greenprint::ReferenceDatabaseBuilder</name>
    <message>
        <source>%1: cannot read the schema: %2</source>
        <translation>%1: Das Schema kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the database: %2</source>
        <translation>%1: Die Datenbank kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the database</source>
        <translation>%1: Die Datenbank kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>Eine Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>schema statement failed: %1
%2</source>
        <translation>Schema-Anweisung fehlgeschlagen: %1
%2</translation>
    </message>
    <message>
        <source>%1: the table &quot;meta&quot; is filled by the converter, not from a CSV</source>
        <translation>%1: Die Tabelle „meta“ wird vom Konverter gefüllt, nicht aus einer CSV-Datei</translation>
    </message>
    <message>
        <source>%1: skipped, the schema has no table &quot;%2&quot;</source>
        <translation>%1: übersprungen, das Schema hat keine Tabelle „%2“</translation>
    </message>
    <message>
        <source>%1: missing; the schema has a table &quot;%2&quot;</source>
        <translation>%1: fehlt; das Schema hat eine Tabelle „%2“</translation>
    </message>
    <message>
        <source>%1:1: column &quot;%2&quot; of table &quot;%3&quot; is missing (expected as column %4)</source>
        <translation>%1:1: Spalte „%2“ der Tabelle „%3“ fehlt (erwartet als Spalte %4)</translation>
    </message>
    <message>
        <source>%1:1: column %2 &quot;%3&quot; is not a column of table &quot;%4&quot;</source>
        <translation>%1:1: Spalte %2 „%3“ ist keine Spalte der Tabelle „%4“</translation>
    </message>
    <message>
        <source>%1:1: column %2 is &quot;%3&quot;, table &quot;%4&quot; expects &quot;%5&quot; there</source>
        <translation>%1:1: Spalte %2 ist „%3“, Tabelle „%4“ erwartet dort „%5“</translation>
    </message>
    <message>
        <source>%1:%2: row rejected: %3</source>
        <translation>%1:%2: Zeile abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1: missing or empty (it holds the data version)</source>
        <translation>%1: fehlt oder ist leer (enthält die Datenversion)</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>Commit nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot set the text encoding: %1</source>
        <translation>die Textkodierung kann nicht festgelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>greenprint::ReferenceFormats</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>gCO2e/kWh</source>
        <translation>gCO2e/kWh</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>100% RE 2023</source>
        <translation>100 % EE 2023</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>Memory GiB</source>
        <translation>Speicher GiB</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>Accel.</source>
        <translation>Beschl.</translation>
    </message>
    <message>
        <source>Idle W</source>
        <translation>Leerlauf W</translation>
    </message>
    <message>
        <source>Max W</source>
        <translation>Max. W</translation>
    </message>
    <message>
        <source>Peak TFLOPS</source>
        <translation>Spitze TFLOPS</translation>
    </message>
    <message>
        <source>Typical W</source>
        <translation>Typisch W</translation>
    </message>
    <message>
        <source>TFLOPS/kW</source>
        <translation>TFLOPS/kW</translation>
    </message>
    <message>
        <source>TFLOPS per USD/h</source>
        <translation>TFLOPS pro USD/h</translation>
    </message>
    <message>
        <source>CPU index</source>
        <translation>CPU-Index</translation>
    </message>
    <message>
        <source>USD/h</source>
        <translation>USD/h</translation>
    </message>
    <message>
        <source>Power method</source>
        <translation>Leistungsmethode</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>Anderer Name</translation>
    </message>
    <message>
        <source>
Peak TFLOPS: dense bf16 (fp16 where bf16 is unpublished) of all accelerators. Idle, Max and Typical W: Greenprint power model at 0 %, 100 % and the default utilization, accelerators included, before PUE; * marks AWS Neuron chips, whose power is a derived assumption. Other name: the SageMaker ml. name of an EC2 type, or the EC2 type of an ml. name. CPU index: vCPUs x throughput per vCPU relative to Skylake.
</source>
        <translation>
Peak TFLOPS: dichte bf16-Leistung (fp16, wo bf16 nicht veröffentlicht ist) aller Beschleuniger. Idle, Max und Typical W: Greenprint-Leistungsmodell bei 0 %, 100 % und der Standardauslastung, Beschleuniger eingeschlossen, vor PUE; * kennzeichnet AWS-Neuron-Chips, deren Leistung eine abgeleitete Annahme ist. Other name: der SageMaker-ml.-Name eines EC2-Typs oder der EC2-Typ eines ml.-Namens. CPU index: vCPUs x Durchsatz pro vCPU relativ zu Skylake.
</translation>
    </message>
</context>
<context>
    <name>greenprint::ReferenceRepository</name>
    <message>
        <source>cannot read the table %1: %2</source>
        <translation>Die Tabelle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>GREENPRINT_REFERENCE_DB names a file that does not exist</source>
        <translation>GREENPRINT_REFERENCE_DB nennt eine Datei, die nicht existiert</translation>
    </message>
    <message>
        <source>The reference database cannot be used (%1); trying the next location</source>
        <translation>Die Referenzdatenbank kann nicht verwendet werden (%1); der nächste Ort wird versucht</translation>
    </message>
    <message>
        <source>No reference database file found; using the built-in copy</source>
        <translation>Keine Referenzdatenbank gefunden; die eingebaute Kopie wird verwendet</translation>
    </message>
    <message>
        <source>The reference database cannot be used (%1); using the built-in copy</source>
        <translation>Die Referenzdatenbank kann nicht verwendet werden (%1); die eingebaute Kopie wird verwendet</translation>
    </message>
    <message>
        <source>the built-in copy is missing from this build</source>
        <translation>Die eingebaute Kopie fehlt in diesem Build</translation>
    </message>
    <message>
        <source>cannot extract the built-in copy to a temporary file: %1</source>
        <translation>Die eingebaute Kopie kann nicht in eine temporäre Datei entpackt werden: %1</translation>
    </message>
    <message>
        <source>The built-in reference database cannot be read: %1</source>
        <translation>Die eingebaute Referenzdatenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>Kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>Die Datei existiert nicht</translation>
    </message>
    <message>
        <source>cannot open it: %1</source>
        <translation>Öffnen nicht möglich: %1</translation>
    </message>
    <message>
        <source>not a readable SQLite database</source>
        <translation>Keine lesbare SQLite-Datenbank</translation>
    </message>
    <message>
        <source>schema version %1, this version of Greenprint reads version %2</source>
        <translation>Schemaversion %1, diese Greenprint-Version liest Version %2</translation>
    </message>
    <message>
        <source>cannot read the table meta</source>
        <translation>Die Tabelle meta kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the data version is missing</source>
        <translation>Die Datenversion fehlt</translation>
    </message>
    <message>
        <source>cannot read the table instances</source>
        <translation>Die Tabelle instances kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Instance %1 has the unknown category &quot;%2&quot;</source>
        <translation>Instanz %1 hat die unbekannte Kategorie „%2“</translation>
    </message>
    <message>
        <source>cannot read the table regions</source>
        <translation>Die Tabelle regions kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the table storage_classes</source>
        <translation>Die Tabelle storage_classes kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Unknown storage class &quot;%1&quot; ignored</source>
        <translation>Unbekannte Speicherklasse „%1“ ignoriert</translation>
    </message>
    <message>
        <source>cannot read the table coefficients</source>
        <translation>Die Tabelle coefficients kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the table claims</source>
        <translation>Die Tabelle claims kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>it has no instances or no regions</source>
        <translation>Sie enthält keine Instanzen oder keine Regionen</translation>
    </message>
    <message>
        <source>cannot read the table residual_mix</source>
        <translation>die Tabelle residual_mix kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>greenprint::RegionMap</name>
    <message>
        <source>Map of regions by grid intensity</source>
        <translation>Karte der Regionen nach Netzintensität</translation>
    </message>
    <message>
        <source>The land outline could not be loaded: %1</source>
        <translation>Die Landumrisse konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 · %2 gCO2e/kWh</source>
        <translation>%1 · %2 gCO2e/kWh</translation>
    </message>
    <message>
        <source>Not on the map (no coordinates in the data): %1</source>
        <translation>Nicht auf der Karte (keine Koordinaten in den Daten): %1</translation>
    </message>
    <message>
        <source>Grid intensity, gCO2e/kWh</source>
        <translation>Netzintensität, gCO2e/kWh</translation>
    </message>
    <message>
        <source>≥%1</source>
        <translation>≥%1</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 gCO2e/kWh, location-based</source>
        <translation>%1 (%2)
%3 gCO2e/kWh, standortbasiert</translation>
    </message>
</context>
<context>
    <name>greenprint::RegionMoveRule</name>
    <message>
        <source>One-off copy of the stage&apos;s existing data to %1</source>
        <translation>Einmalige Kopie der vorhandenen Daten der Phase nach %1</translation>
    </message>
    <message>
        <source>Run %1 in %2 (%3)</source>
        <translation>%1 in %2 ausführen (%3)</translation>
    </message>
    <message>
        <source>Moves the stage from %1 to %2, the allowed region with the lowest estimated kgCO2e for it (grid %3 gCO2e/kWh). %4 Prices in the reference data are us-east-1 On-Demand for every region, so regional price differences are not counted.</source>
        <translation>Verschiebt die Phase von %1 nach %2, der zulässigen Region mit den niedrigsten geschätzten kgCO2e dafür (Netz %3 gCO2e/kWh). %4 Die Preise in den Referenzdaten sind für jede Region us-east-1 On-Demand, regionale Preisunterschiede werden also nicht gezählt.</translation>
    </message>
    <message>
        <source>Counts a one-off transfer of the %1 GB the stage stores.</source>
        <translation>Berücksichtigt eine einmalige Übertragung der %1 GB, die die Phase speichert.</translation>
    </message>
    <message>
        <source>The stage stores no data, so no transfer is counted.</source>
        <translation>Die Phase speichert keine Daten, daher wird keine Übertragung gezählt.</translation>
    </message>
    <message>
        <source>Check data residency and the other stages: keep data close to its producers and train close to the data, or count their transfers too.</source>
        <translation>Prüfen Sie Datenresidenz und die anderen Phasen: Daten nahe bei ihren Erzeugern halten und nahe bei den Daten trainieren, oder auch deren Übertragungen zählen.</translation>
    </message>
    <message>
        <source>Serving from another region changes the network latency to your users; the latency table has no figure from %1 to %2.</source>
        <translation>Bereitstellung aus einer anderen Region ändert die Netzwerklatenz zu Ihren Nutzern; die Latenztabelle hat keinen Wert von %1 nach %2.</translation>
    </message>
    <message>
        <source>Users near %1 reach %2 in a median %3 ms network round trip, against %4 ms to %5 now (cloudping.co, a year of measurements between AWS Regions).</source>
        <translation>Nutzer nahe %1 erreichen %2 mit einer mittleren Netzwerk-Umlaufzeit von %3 ms, gegenüber %4 ms nach %5 heute (cloudping.co, ein Jahr Messungen zwischen AWS-Regionen).</translation>
    </message>
    <message>
        <source>Users near %1 reach %2 in a median %3 ms network round trip (cloudping.co, a year of measurements between AWS Regions).</source>
        <translation>Nutzer nahe %1 erreichen %2 mit einer mittleren Netzwerk-Umlaufzeit von %3 ms (cloudping.co, ein Jahr Messungen zwischen AWS-Regionen).</translation>
    </message>
    <message>
        <source>The users are taken to be near the endpoints&apos; current region: state the users&apos; region under Constraints.</source>
        <translation>Die Nutzer gelten als nahe der aktuellen Region der Endpunkte: geben Sie die Region der Nutzer unter Vorgaben an.</translation>
    </message>
    <message>
        <source>One-off copy of the stage&apos;s existing data to the new region</source>
        <translation>Einmalige Kopie der vorhandenen Daten der Phase in die neue Region</translation>
    </message>
    <message>
        <source>users near %1 would wait a median %2 ms round trip there</source>
        <translation>Nutzer nahe %1 würden dort im Median %2 ms Umlaufzeit warten</translation>
    </message>
    <message>
        <source>the latency table has no figure for it</source>
        <translation>die Latenztabelle hat dafür keinen Wert</translation>
    </message>
    <message>
        <source>%1 (%2) would emit less (%3 kgCO2e for the stage against %4), but the project&apos;s latency ceiling of %5 ms (constraints.latencyCeilingMs) removes it: %6. This is the best region within the ceiling.</source>
        <translation>%1 (%2) würde weniger ausstoßen (%3 kgCO2e für die Phase gegenüber %4), doch die Latenzobergrenze des Projekts von %5 ms (constraints.latencyCeilingMs) schließt sie aus: %6. Dies ist die beste Region innerhalb der Obergrenze.</translation>
    </message>
</context>
<context>
    <name>greenprint::RegionPickerDialog</name>
    <message>
        <source>Search region id, name or basis…</source>
        <translation>Regions-ID, Name oder Grundlage suchen…</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Grid intensity is location-based (gCO2e per kWh at the servers&apos; grid). Renewable matching is AWS&apos;s market-based claim: Greenprint reports it beside the location-based figure, never instead of it.</source>
        <translation>Die Netzintensität ist standortbasiert (gCO2e pro kWh im Netz der Server). Die erneuerbare Deckung ist die marktbasierte Angabe von AWS: Greenprint nennt sie neben dem standortbasierten Wert, nie an seiner Stelle.</translation>
    </message>
    <message>
        <source>Choose Region</source>
        <translation>Region wählen</translation>
    </message>
    <message>
        <source>Search regions</source>
        <translation>Regionen suchen</translation>
    </message>
</context>
<context>
    <name>greenprint::RegionTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Custom region</source>
        <translation>Eigene Region</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Electricity consumption matched 100% with renewable energy in 2023 (market-based; the carbon figures here are location-based)</source>
        <translation>Stromverbrauch 2023 zu 100 % mit erneuerbarer Energie gedeckt (marktbasiert; die CO₂e-Werte hier sind standortbasiert)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Grid (gCO2e/kWh)</source>
        <translation>Netz (gCO2e/kWh)</translation>
    </message>
    <message>
        <source>Basis / year</source>
        <translation>Grundlage / Jahr</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Renewable 2023</source>
        <translation>Erneuerbar 2023</translation>
    </message>
</context>
<context>
    <name>greenprint::RegularFile</name>
    <message>
        <source>no file name was given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>it is a pipe (FIFO), not a regular file; only regular files are read</source>
        <translation>es ist eine Pipe (FIFO), keine reguläre Datei; nur reguläre Dateien werden gelesen</translation>
    </message>
    <message>
        <source>it is a device, not a regular file; only regular files are read</source>
        <translation>es ist ein Gerät, keine reguläre Datei; nur reguläre Dateien werden gelesen</translation>
    </message>
    <message>
        <source>it is a socket, not a regular file; only regular files are read</source>
        <translation>es ist ein Socket, keine reguläre Datei; nur reguläre Dateien werden gelesen</translation>
    </message>
    <message>
        <source>it is not a regular file; only regular files are read</source>
        <translation>es ist keine reguläre Datei; nur reguläre Dateien werden gelesen</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>greenprint::RightSizeRule</name>
    <message>
        <source>Right-size &quot;%1&quot;: %2 x %3 instead of %4 x %5</source>
        <translation>„%1“ passend dimensionieren: %2 x %3 statt %4 x %5</translation>
    </message>
    <message>
        <source>Utilization is %1 (CloudWatch or the Debugger profiler show it). The copy runs the same work on %2 x %3 at %4. Energy per unit of work falls as load rises: measured on an H100, %5 less at 75 % than at 10 % load. Assumption: the work packs at up to 75 % utilization for the same hours.</source>
        <translation>Die Auslastung beträgt %1 (CloudWatch oder der Debugger-Profiler zeigen sie). Die Kopie führt dieselbe Arbeit auf %2 x %3 bei %4 aus. Die Energie pro Arbeitseinheit sinkt mit steigender Last: auf einer H100 gemessen %5 weniger bei 75 % als bei 10 % Last. Annahme: Die Arbeit wird für dieselben Stunden bis zu 75 % Auslastung gebündelt.</translation>
    </message>
    <message>
        <source>Less headroom for peaks; memory per instance must still fit the job.</source>
        <translation>Weniger Reserve für Spitzen; der Speicher pro Instanz muss weiterhin für den Job reichen.</translation>
    </message>
    <message>
        <source>Measured utilization is %1 (%2). The copy runs the same work on %3 x %4 at %5. Energy per unit of work falls as load rises: measured on an H100, %6 less at 75 % than at 10 % load. Assumption: the work packs at up to 75 % utilization for the same hours.</source>
        <translation>Die gemessene Auslastung beträgt %1 (%2). Die Kopie führt dieselbe Arbeit auf %3 x %4 bei %5 aus. Die Energie pro Arbeitseinheit sinkt mit steigender Last: auf einer H100 gemessen %6 weniger bei 75 % als bei 10 % Last. Annahme: Die Arbeit lässt sich bei gleichen Stunden auf bis zu 75 % Auslastung verdichten.</translation>
    </message>
    <message>
        <source>Right-size the instances</source>
        <translation>Instanzen passend dimensionieren</translation>
    </message>
</context>
<context>
    <name>greenprint::RuleSupport</name>
    <message>
        <source>Whether %1 offers %2 is not known (the EC2 offerings snapshot does not cover the region or the type): check before you plan on it.</source>
        <translation>Ob %1 %2 anbietet, ist nicht bekannt (der Schnappschuss der EC2-Angebote deckt die Region oder den Typ nicht ab): prüfen Sie es, bevor Sie damit planen.</translation>
    </message>
    <message>
        <source>The closest match, %1 x %2, is not offered in %3 (EC2 offerings of %4): %5 x %6 is the best match the Region offers.</source>
        <translation>Die nächste Entsprechung, %1 x %2, wird in %3 nicht angeboten (EC2-Angebote vom %4): %5 x %6 ist die beste Entsprechung, die die Region anbietet.</translation>
    </message>
</context>
<context>
    <name>greenprint::ScenarioApplier</name>
    <message>
        <source>scenario &quot;%1&quot;: suggestion &quot;%2&quot; does not apply to this plan (it may have changed, or the suggestion would break a constraint)</source>
        <translation>Szenario „%1“: Vorschlag „%2“ gilt nicht für diesen Plan (er hat sich vielleicht geändert, oder der Vorschlag würde eine Vorgabe verletzen)</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: %2</source>
        <translation>Szenario „%1“: %2</translation>
    </message>
    <message>
        <source>unknown scenario &quot;%1&quot;: the project has no scenarios</source>
        <translation>Unbekanntes Szenario „%1“: Das Projekt hat keine Szenarien</translation>
    </message>
    <message>
        <source>unknown scenario &quot;%1&quot;; the project&apos;s scenarios are: %2</source>
        <translation>Unbekanntes Szenario „%1“; die Szenarien des Projekts sind: %2</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: %2: %3</source>
        <translation>Szenario „%1“: %2: %3</translation>
    </message>
</context>
<context>
    <name>greenprint::ScenarioEvaluator</name>
    <message>
        <source>Baseline</source>
        <translation>Ausgangsplan</translation>
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n Überschreibung</numerusform>
            <numerusform>%n Überschreibungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>not estimated: %1</source>
        <translation>nicht geschätzt: %1</translation>
    </message>
    <message>
        <source>not estimated: some component could not be estimated</source>
        <translation>nicht geschätzt: eine Komponente konnte nicht geschätzt werden</translation>
    </message>
    <message>
        <source>cost unknown: no price for &quot;%1&quot; in the reference data</source>
        <translation>Kosten unbekannt: kein Preis für „%1“ in den Referenzdaten</translation>
    </message>
    <message>
        <source>cost unknown: no price for &quot;%1&quot; (%2) in the reference data</source>
        <translation>Kosten unbekannt: kein Preis für „%1“ (%2) in den Referenzdaten</translation>
    </message>
    <message>
        <source>cost unknown: some price is missing from the reference data</source>
        <translation>Kosten unbekannt: in den Referenzdaten fehlt ein Preis</translation>
    </message>
</context>
<context>
    <name>greenprint::ScenarioListModel</name>
    <message numerus="yes">
        <source>%1: %n suggestion(s) applied</source>
        <translation>
            <numerusform>%1: %n Vorschlag angewendet</numerusform>
            <numerusform>%1: %n Vorschläge angewendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field override(s)</source>
        <translation>
            <numerusform>%n Feldüberschreibung</numerusform>
            <numerusform>%n Feldüberschreibungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::ScenarioSelector</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>No scenario yet: click New</source>
        <translation>Noch kein Szenario: Klicken Sie auf Neu</translation>
    </message>
    <message>
        <source>Current scenario</source>
        <translation>Aktuelles Szenario</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Szenario:</translation>
    </message>
    <message>
        <source>Add an empty scenario</source>
        <translation>Ein leeres Szenario hinzufügen</translation>
    </message>
    <message>
        <source>Add a copy of the current scenario</source>
        <translation>Eine Kopie des aktuellen Szenarios hinzufügen</translation>
    </message>
    <message>
        <source>Rename the current scenario</source>
        <translation>Das aktuelle Szenario umbenennen</translation>
    </message>
    <message>
        <source>Delete the current scenario (Edit &gt; Undo brings it back)</source>
        <translation>Das aktuelle Szenario löschen (Bearbeiten &gt; Rückgängig holt es zurück)</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>A scenario needs a name that no other scenario has.</source>
        <translation>Ein Szenario braucht einen Namen, den kein anderes Szenario hat.</translation>
    </message>
</context>
<context>
    <name>greenprint::Screenshotter</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the whole plan&apos;s Pareto front is empty and shows no reason why</source>
        <translation>die Pareto-Front des ganzen Plans ist leer und nennt keinen Grund dafür</translation>
    </message>
</context>
<context>
    <name>greenprint::ServerlessEndpointRule</name>
    <message>
        <source>Serve &quot;%1&quot; with SageMaker Serverless Inference</source>
        <translation>„%1“ mit SageMaker Serverless Inference bereitstellen</translation>
    </message>
    <message>
        <source>For intermittent or unpredictable traffic, serverless inference launches capacity per request and scales to zero: the endpoint is busy %1 of its %2 hours, and the copy counts only the busy hours, at full load. Assumption: this instance type stands in for the serverless capacity (which is CPU only).</source>
        <translation>Bei sporadischem oder unvorhersehbarem Verkehr startet Serverless Inference Kapazität pro Anfrage und skaliert auf null: Der Endpunkt ist %1 seiner %2 Stunden ausgelastet, und die Kopie zählt nur die ausgelasteten Stunden, bei Volllast. Annahme: Dieser Instanztyp steht für die Serverless-Kapazität (die nur CPUs hat).</translation>
    </message>
    <message>
        <source>Cold starts add latency after idle periods; Serverless Inference has no GPUs and limits memory and concurrency.</source>
        <translation>Kaltstarts erhöhen die Latenz nach Leerlaufphasen; Serverless Inference hat keine GPUs und begrenzt Speicher und Parallelität.</translation>
    </message>
    <message>
        <source>Serve with SageMaker Serverless Inference</source>
        <translation>Mit SageMaker Serverless Inference bereitstellen</translation>
    </message>
</context>
<context>
    <name>greenprint::ServerlessPipelineRule</name>
    <message>
        <source>Run &quot;%1&quot; as a serverless pipeline (AWS Glue, Step Functions)</source>
        <translation>„%1“ als Serverless-Pipeline ausführen (AWS Glue, Step Functions)</translation>
    </message>
    <message>
        <source>The cluster is busy %1 of its %2 hours. An event-driven serverless pipeline provisions capacity only while work runs: the copy keeps the busy %3 hours at full load, as the estimator counts serverless endpoints. Assumption: the same instance type stands in for the serverless capacity.</source>
        <translation>Der Cluster ist %1 seiner %2 Stunden ausgelastet. Eine ereignisgesteuerte Serverless-Pipeline stellt Kapazität nur bereit, während Arbeit läuft: Die Kopie behält die %3 ausgelasteten Stunden bei Volllast, so wie der Schätzer Serverless-Endpunkte zählt. Annahme: Derselbe Instanztyp steht für die Serverless-Kapazität.</translation>
    </message>
    <message>
        <source>Jobs start on demand (start-up time per run); long-running Spark jobs may need rework for Glue.</source>
        <translation>Jobs starten bei Bedarf (Startzeit pro Lauf); lang laufende Spark-Jobs müssen für Glue eventuell überarbeitet werden.</translation>
    </message>
    <message>
        <source>Run as serverless pipelines (AWS Glue, Step Functions)</source>
        <translation>Als serverlose Pipelines ausführen (AWS Glue, Step Functions)</translation>
    </message>
</context>
<context>
    <name>greenprint::SpotRule</name>
    <message>
        <source>Run &quot;%1&quot; on Spot capacity</source>
        <translation>„%1“ auf Spot-Kapazität ausführen</translation>
    </message>
    <message>
        <source>Managed Spot Training uses spare EC2 capacity at up to 90 % off On-Demand (C16); the estimate applies a %1 discount. Carbon: none saved. The same hardware runs for the same hours, so location- and market-based kgCO2e do not change; only a marginal accounting that credits using idle capacity would count less, and Greenprint reports location-based carbon.</source>
        <translation>Managed Spot Training nutzt freie EC2-Kapazität mit bis zu 90 % Rabatt gegenüber On-Demand (C16); die Schätzung setzt %1 Rabatt an. CO₂e: keine Einsparung. Dieselbe Hardware läuft dieselben Stunden, daher ändern sich standort- und marktbasierte kgCO2e nicht; nur eine Grenzbetrachtung, die die Nutzung freier Kapazität gutschreibt, käme auf weniger, und Greenprint weist standortbasierte Emissionen aus.</translation>
    </message>
    <message>
        <source>Spot capacity can be reclaimed with two minutes&apos; notice: checkpoint, and expect interrupted runs to take longer.</source>
        <translation>Spot-Kapazität kann mit zwei Minuten Vorwarnung entzogen werden: Checkpoints setzen und mit längeren unterbrochenen Läufen rechnen.</translation>
    </message>
    <message>
        <source>Run on Spot capacity</source>
        <translation>Auf Spot-Kapazität ausführen</translation>
    </message>
</context>
<context>
    <name>greenprint::StageForm</name>
    <message>
        <source>&amp;Region override:</source>
        <translation>&amp;Region überschreiben:</translation>
    </message>
    <message>
        <source>Run this stage in another region than the project&apos;s, e.g. train where the grid is cleaner. Leave empty to use the project&apos;s region.</source>
        <translation>Diese Phase in einer anderen Region als der des Projekts ausführen, z. B. dort trainieren, wo das Netz sauberer ist. Leer lassen, um die Projektregion zu verwenden.</translation>
    </message>
    <message>
        <source>Project region (%1)</source>
        <translation>Projektregion (%1)</translation>
    </message>
</context>
<context>
    <name>greenprint::StageNavigator</name>
    <message>
        <source>Stages and components</source>
        <translation>Phasen und Komponenten</translation>
    </message>
</context>
<context>
    <name>greenprint::StageTreeModel</name>
    <message>
        <source>The project&apos;s region</source>
        <translation>Die Region des Projekts</translation>
    </message>
    <message>
        <source>Stage region override</source>
        <translation>Region der Phase überschrieben</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Stage / component</source>
        <translation>Phase / Komponente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Hours (h)</source>
        <translation>Stunden (h)</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Energie (kWh)</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>wird geschätzt…</translation>
    </message>
    <message>
        <source>Estimating: these figures are from before the last change</source>
        <translation>Wird geschätzt: Diese Zahlen stammen von vor der letzten Änderung</translation>
    </message>
    <message>
        <source>Carbon (kgCO2e), location-based</source>
        <translation>CO₂e (kgCO2e), standortbasiert</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
</context>
<context>
    <name>greenprint::StopFailingRunsRule</name>
    <message>
        <source>Let SageMaker Debugger stop &quot;%1&quot; when it goes wrong</source>
        <translation>SageMaker Debugger „%1“ stoppen lassen, wenn etwas schiefgeht</translation>
    </message>
    <message>
        <source>Debugger&apos;s built-in rules (system bottlenecks, overfitting, saturated activations) stop a training job as soon as they detect a problem. This plan counts no failed runs, so it saves nothing on the plan as written; each run of this job that fails and is stopped early saves up to its %1 kgCO2e and %2 hours.</source>
        <translation>Die integrierten Regeln des Debuggers (Systemengpässe, Überanpassung, gesättigte Aktivierungen) stoppen einen Trainingsjob, sobald sie ein Problem erkennen. Dieser Plan zählt keine fehlgeschlagenen Läufe, spart also beim Plan wie geschrieben nichts; jeder fehlschlagende und früh gestoppte Lauf dieses Jobs spart bis zu %1 kgCO2e und %2 Stunden.</translation>
    </message>
    <message>
        <source>A rule that fires wrongly stops a healthy run; tune the rules&apos; thresholds.</source>
        <translation>Eine fälschlich auslösende Regel stoppt einen gesunden Lauf; die Schwellenwerte der Regeln anpassen.</translation>
    </message>
    <message>
        <source>Let SageMaker Debugger stop runs that go wrong</source>
        <translation>Fehlerhafte Läufe von SageMaker Debugger stoppen lassen</translation>
    </message>
</context>
<context>
    <name>greenprint::StorageForm</name>
    <message>
        <source>Storage &amp;class:</source>
        <translation>Speicher&amp;klasse:</translation>
    </message>
    <message>
        <source>The S3, EBS or EFS class; it sets the medium (SSD or HDD), the number of copies kept and the price.</source>
        <translation>Die S3-, EBS- oder EFS-Klasse; sie bestimmt das Medium (SSD oder HDD), die Zahl der gehaltenen Kopien und den Preis.</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>How long the data is kept (1 month = 730 h).</source>
        <translation>Wie lange die Daten aufbewahrt werden (1 Monat = 730 h).</translation>
    </message>
    <message>
        <source>Amount of data stored. Type a unit to convert: 2 TB is 2048 GB (AWS bills in binary units: 1 GB = 2^30 bytes, 1 TB = 1024 GB, 1 PB = 1024 TB).</source>
        <translation>Gespeicherte Datenmenge. Mit Einheit eingeben, um umzurechnen: 2 TB sind 2048 GB (AWS rechnet in binären Einheiten ab: 1 GB = 2^30 Byte, 1 TB = 1024 GB, 1 PB = 1024 TB).</translation>
    </message>
</context>
<context>
    <name>greenprint::StorageLifecycleRule</name>
    <message>
        <source>Expire &quot;%1&quot; after %2 months with an S3 Lifecycle rule</source>
        <translation>„%1“ nach %2 Monaten mit einer S3-Lifecycle-Regel ablaufen lassen</translation>
    </message>
    <message>
        <source>Define a retention period that meets the business requirement without exceeding it and let S3 Lifecycle delete the data. Assumption: the data is needed for %1 of the %2 months planned; set the period you actually need.</source>
        <translation>Eine Aufbewahrungsfrist festlegen, die die fachliche Anforderung erfüllt, ohne sie zu übertreffen, und die Daten von S3 Lifecycle löschen lassen. Annahme: Die Daten werden %1 der %2 geplanten Monate gebraucht; setzen Sie den Zeitraum, den Sie wirklich brauchen.</translation>
    </message>
    <message>
        <source>Deleted data is gone: keep what audits, reproducibility or retraining require.</source>
        <translation>Gelöschte Daten sind weg: Behalten Sie, was Audits, Reproduzierbarkeit oder erneutes Training erfordern.</translation>
    </message>
    <message>
        <source>Expire stored data with an S3 Lifecycle rule</source>
        <translation>Gespeicherte Daten mit einer S3-Lifecycle-Regel ablaufen lassen</translation>
    </message>
</context>
<context>
    <name>greenprint::Suggestion</name>
    <message>
        <source>Whole plan</source>
        <translation>Ganzer Plan</translation>
    </message>
</context>
<context>
    <name>greenprint::SuggestionFormats</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>kgCO2e saved</source>
        <translation>kgCO2e gespart</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>kWh saved</source>
        <translation>kWh gespart</translation>
    </message>
    <message>
        <source>USD saved</source>
        <translation>USD gespart</translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation>Stunden gespart</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Suggestion (source)</source>
        <translation>Vorschlag (Quelle)</translation>
    </message>
    <message>
        <source>Plan: %1 kgCO2e, %2 kWh, %3 USD. Each suggestion is estimated on its own copy of the plan; savings of several do not add up.

</source>
        <translation>Plan: %1 kgCO2e, %2 kWh, %3 USD. Jeder Vorschlag wird auf einer eigenen Kopie des Plans geschätzt; die Ersparnisse mehrerer Vorschläge lassen sich nicht addieren.

</translation>
    </message>
    <message>
        <source>No suggestions: nothing in this plan matches a practice of the guidance within its constraints.
</source>
        <translation>Keine Vorschläge: Nichts in diesem Plan passt innerhalb seiner Vorgaben zu einer Praxis der Leitlinien.
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The plan itself cannot run as written:
</source>
        <translation>Der Plan selbst kann so nicht laufen:
</translation>
    </message>
    <message numerus="yes">
        <source>Not offered (%n):
</source>
        <translation>
            <numerusform>Nicht angeboten (%n):
</numerusform>
            <numerusform>Nicht angeboten (%n):
</numerusform>
        </translation>
    </message>
    <message>
        <source>  - %1 (%2), because %3
</source>
        <translation>  - %1 (%2). Grund: %3
</translation>
    </message>
    <message>
        <source>  - %1
    %2: would save %3 kgCO2e (%4 %), %5 USD.
</source>
        <translation>  - %1
    %2: würde %3 kgCO2e (%4 %) und %5 USD einsparen.
</translation>
    </message>
    <message>
        <source>  - %1 (%2): nothing counted on this plan
</source>
        <translation>  - %1 (%2): auf diesem Plan nichts gezählt
</translation>
    </message>
    <message>
        <source>  - %1 (%2): %3 kgCO2e, %4 USD
</source>
        <translation>  - %1 (%2): %3 kgCO2e, %4 USD
</translation>
    </message>
</context>
<context>
    <name>greenprint::SuggestionGrouping</name>
    <message>
        <source>Does a public dataset (Open Data on AWS, AWS Data Exchange) hold the data this stage ingests? The plan does not say, so this is not ranked.</source>
        <translation>Liegen die Daten, die diese Phase einliest, in einem öffentlichen Datensatz (Open Data on AWS, AWS Data Exchange)? Der Plan sagt es nicht, daher wird dies nicht eingestuft.</translation>
    </message>
    <message>
        <source>How much accuracy may the model lose? State the project&apos;s accuracy floor; until then this is not ranked.</source>
        <translation>Wie viel Genauigkeit darf das Modell verlieren? Geben Sie die Genauigkeitsuntergrenze des Projekts an; bis dahin wird dies nicht eingestuft.</translation>
    </message>
    <message numerus="yes">
        <source>%1, and the same on %n other component(s)</source>
        <translation>
            <numerusform>%1 und dasselbe an %n weiteren Komponente</numerusform>
            <numerusform>%1 und dasselbe an %n weiteren Komponenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs an answer before it is ranked</source>
        <translation>Braucht eine Antwort, bevor es eingestuft wird</translation>
    </message>
    <message>
        <source>Smaller savings (under 0.5 % of the plan&apos;s kgCO2e, or nothing counted)</source>
        <translation>Kleinere Einsparungen (unter 0,5 % der kgCO2e des Plans oder nichts gezählt)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n component(s))</source>
        <translation>
            <numerusform>%1 (%n Komponente)</numerusform>
            <numerusform>%1 (%n Komponenten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::SuggestionListModel</name>
    <message>
        <source>Side effects: %1</source>
        <translation>Nebenwirkungen: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Apply the suggestion in the current scenario</source>
        <translation>Den Vorschlag im aktuellen Szenario anwenden</translation>
    </message>
    <message>
        <source>Location-based kgCO2e saved, estimated on its own copy of the plan; savings of several do not add up</source>
        <translation>Gesparte standortbasierte kgCO2e, auf einer eigenen Kopie des Plans geschätzt; die Ersparnisse mehrerer lassen sich nicht addieren</translation>
    </message>
    <message>
        <source>Wall-clock hours of the jobs saved</source>
        <translation>Gesparte Laufzeit der Jobs in Stunden (Echtzeit)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Saved (kgCO2e)</source>
        <translation>Gespart (kgCO2e)</translation>
    </message>
    <message>
        <source>Saved (kWh)</source>
        <translation>Gespart (kWh)</translation>
    </message>
    <message>
        <source>Saved (USD)</source>
        <translation>Gespart (USD)</translation>
    </message>
    <message>
        <source>Saved (h)</source>
        <translation>Gespart (h)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Applies to: %1</source>
        <translation>Gilt für: %1</translation>
    </message>
    <message>
        <source>Needs an answer: %1</source>
        <translation>Braucht eine Antwort: %1</translation>
    </message>
    <message>
        <source>Smaller: %1 (nothing counted on this plan)</source>
        <translation>Kleiner: %1 (auf diesem Plan nichts gezählt)</translation>
    </message>
    <message>
        <source>Smaller: %1 (&lt; 0.5 %)</source>
        <translation>Kleiner: %1 (&lt; 0,5 %)</translation>
    </message>
</context>
<context>
    <name>greenprint::TrainingCompilerRule</name>
    <message>
        <source>Compile the training of &quot;%1&quot; for the GPU</source>
        <translation>Das Training von „%1“ für die GPU kompilieren</translation>
    </message>
    <message>
        <source>Compiling the model to hardware-optimized kernels (SageMaker Training Compiler, up to 50 % faster per C15; torch.compile) shortens training. The copy applies the measured saving: %1 less energy per sample on an H100 (and 26 % less time), as %1 fewer busy hours.</source>
        <translation>Das Kompilieren des Modells in hardwareoptimierte Kernel (SageMaker Training Compiler, laut C15 bis zu 50 % schneller; torch.compile) verkürzt das Training. Die Kopie wendet die gemessene Ersparnis an: %1 weniger Energie pro Sample auf einer H100 (und 26 % weniger Zeit), als %1 weniger ausgelastete Stunden.</translation>
    </message>
    <message>
        <source>A one-off compile (55 s measured) per run; AWS announces no new releases of SageMaker Training Compiler, so use torch.compile or XLA.</source>
        <translation>Eine einmalige Kompilierung (55 s gemessen) pro Lauf; AWS kündigt keine neuen Versionen des SageMaker Training Compiler an, verwenden Sie daher torch.compile oder XLA.</translation>
    </message>
    <message>
        <source>Compile the training for the GPU</source>
        <translation>Das Training für die GPU kompilieren</translation>
    </message>
</context>
<context>
    <name>greenprint::TrainiumRule</name>
    <message>
        <source>Train &quot;%1&quot; on AWS Trainium (%2 x %3)</source>
        <translation>„%1“ auf AWS Trainium trainieren (%2 x %3)</translation>
    </message>
    <message>
        <source>Trainium is expected to be AWS&apos;s most energy-efficient training processor: AWS reports about 25 % less energy for BERT-Large (C05) and up to 50 % lower cost (C04). The copy moves %1 x %2 to %3 x %4 of the same throughput; the estimator gives the hours and the Neuron power.</source>
        <translation>Trainium soll der energieeffizienteste Trainingsprozessor von AWS sein: AWS nennt etwa 25 % weniger Energie für BERT-Large (C05) und bis zu 50 % geringere Kosten (C04). Die Kopie verschiebt %1 x %2 auf %3 x %4 mit gleichem Durchsatz; der Schätzer liefert die Stunden und die Neuron-Leistung.</translation>
    </message>
    <message>
        <source>The model must compile with the AWS Neuron SDK; check operator support. Neuron power is derived from AWS claims, not published.</source>
        <translation>Das Modell muss mit dem AWS Neuron SDK kompilieren; prüfen Sie die Operator-Unterstützung. Die Neuron-Leistung ist aus Angaben von AWS abgeleitet, nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>Train &quot;%1&quot; on AWS Trainium2 (%2 x %3)</source>
        <translation>„%1“ auf AWS Trainium2 trainieren (%2 x %3)</translation>
    </message>
    <message>
        <source>AWS announced Trainium2 with up to twice the performance per watt of Trainium (C10). The copy moves %1 x %2 to %3 x %4 of the same throughput; the estimator gives the hours and the Neuron power. The catalog has no Trainium2 price yet, so the cost change may be unknown.</source>
        <translation>AWS hat Trainium2 mit bis zu doppelter Leistung je Watt gegenüber Trainium angekündigt (C10). Die Kopie verschiebt %1 x %2 auf %3 x %4 mit demselben Durchsatz; der Schätzer liefert die Stunden und die Neuron-Leistungsaufnahme. Der Katalog hat noch keinen Preis für Trainium2, daher kann die Kostenänderung unbekannt sein.</translation>
    </message>
    <message>
        <source>Train on AWS Trainium2</source>
        <translation>Auf AWS Trainium2 trainieren</translation>
    </message>
    <message>
        <source>Train on AWS Trainium</source>
        <translation>Auf AWS Trainium trainieren</translation>
    </message>
</context>
<context>
    <name>greenprint::TransferForm</name>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>&amp;To region:</source>
        <translation>&amp;Zielregion:</translation>
    </message>
    <message>
        <source>Where the data goes (AWS region id). Network energy and inter-region transfer prices apply.</source>
        <translation>Wohin die Daten gehen (AWS-Regions-ID). Netzwerkenergie und Preise für Übertragungen zwischen Regionen fallen an.</translation>
    </message>
    <message>
        <source>Another region</source>
        <translation>Andere Region</translation>
    </message>
    <message>
        <source>Data moved out of the stage&apos;s region. Type a unit to convert: 2 TB is 2048 GB (AWS bills in binary units: 1 GB = 2^30 bytes, 1 TB = 1024 GB, 1 PB = 1024 TB).</source>
        <translation>Aus der Region der Phase übertragene Daten. Mit Einheit eingeben, um umzurechnen: 2 TB sind 2048 GB (AWS rechnet in binären Einheiten ab: 1 GB = 2^30 Byte, 1 TB = 1024 GB, 1 PB = 1024 TB).</translation>
    </message>
</context>
<context>
    <name>greenprint::TuningForm</name>
    <message>
        <source>The instance type each trial runs on.</source>
        <translation>Der Instanztyp, auf dem jeder Versuch läuft.</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Anzahl:</translation>
    </message>
    <message>
        <source> per trial</source>
        <translation> pro Versuch</translation>
    </message>
    <message>
        <source>Instances per trial.</source>
        <translation>Instanzen pro Versuch.</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Strategie:</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>Bayesian</source>
        <translation>Bayes&apos;sch</translation>
    </message>
    <message>
        <source>Hyperband</source>
        <translation>Hyperband</translation>
    </message>
    <message>
        <source>The search strategy (recorded for reports; the trial count drives the estimate).</source>
        <translation>Die Suchstrategie (für Berichte festgehalten; die Zahl der Versuche bestimmt die Schätzung).</translation>
    </message>
    <message>
        <source>&amp;Trials:</source>
        <translation>&amp;Versuche:</translation>
    </message>
    <message>
        <source> trials</source>
        <translation> Versuche</translation>
    </message>
    <message>
        <source>Number of training jobs the tuner launches.</source>
        <translation>Anzahl der Trainingsjobs, die der Tuner startet.</translation>
    </message>
    <message>
        <source>&amp;Hours per trial:</source>
        <translation>Stunden pro &amp;Versuch:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Wall-clock hours of one trial.</source>
        <translation>Laufzeit eines Versuchs in Stunden (Echtzeit).</translation>
    </message>
    <message>
        <source>&amp;Utilization:</source>
        <translation>A&amp;uslastung:</translation>
    </message>
    <message>
        <source>Average load of each instance during a trial.</source>
        <translation>Mittlere Last jeder Instanz während eines Versuchs.</translation>
    </message>
</context>
<context>
    <name>greenprint::UnitFormatter</name>
    <message>
        <source>Wh</source>
        <translation>Wh</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>gCO2e</source>
        <translation>gCO2e</translation>
    </message>
    <message>
        <source>tCO2e</source>
        <translation>tCO2e</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>%1 USD</source>
        <translation>%1 USD</translation>
    </message>
</context>
<context>
    <name>greenprint::UserCatalogDialog</name>
    <message>
        <source>Instance id</source>
        <translation>Instanz-ID</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>Speicher (GiB)</translation>
    </message>
    <message>
        <source>Idle (W)</source>
        <translation>Leerlauf (W)</translation>
    </message>
    <message>
        <source>Max (W)</source>
        <translation>Max. (W)</translation>
    </message>
    <message>
        <source>Price (USD/h)</source>
        <translation>Preis (USD/h)</translation>
    </message>
    <message>
        <source>Embodied (kgCO2e)</source>
        <translation>Grau (kgCO2e)</translation>
    </message>
    <message>
        <source>Region id</source>
        <translation>Regions-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Grid (gCO2e/kWh)</source>
        <translation>Netz (gCO2e/kWh)</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>My Instances and Regions</source>
        <translation>Meine Instanzen und Regionen</translation>
    </message>
    <message>
        <source>My instances</source>
        <translation>Meine Instanzen</translation>
    </message>
    <message>
        <source>My regions</source>
        <translation>Meine Regionen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Add Instance</source>
        <translation>Instanz &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation>&amp;Instanzen</translation>
    </message>
    <message>
        <source>Add Re&amp;gion</source>
        <translation>Re&amp;gion hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;gions</source>
        <translation>Re&amp;gionen</translation>
    </message>
    <message>
        <source>Edit a cell to save the row. Watts are whole-instance averages before PUE; leave price or embodied carbon empty when unknown.</source>
        <translation>Bearbeiten Sie eine Zelle, um die Zeile zu speichern. Watt sind Mittelwerte der ganzen Instanz vor PUE; lassen Sie Preis oder graue Emissionen leer, wenn unbekannt.</translation>
    </message>
    <message>
        <source>My region</source>
        <translation>Meine Region</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>greenprint::UserRepository</name>
    <message>
        <source>No location for the user catalog is available</source>
        <translation>Für den Benutzerkatalog ist kein Speicherort verfügbar</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot open the user catalog: %2</source>
        <translation>%1: Der Benutzerkatalog kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: not a user catalog: %2</source>
        <translation>%1: Kein Benutzerkatalog: %2</translation>
    </message>
    <message>
        <source>%1: the user catalog was written by a newer version of Greenprint (schema %2, this version reads %3)</source>
        <translation>%1: Der Benutzerkatalog wurde von einer neueren Greenprint-Version geschrieben (Schema %2, diese Version liest %3)</translation>
    </message>
    <message>
        <source>%1: not a user catalog (an unrelated SQLite database)</source>
        <translation>%1: Kein Benutzerkatalog (eine fremde SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>%1: cannot create the user catalog: %2</source>
        <translation>%1: Der Benutzerkatalog kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>the schema %1 is missing from this build</source>
        <translation>Das Schema %1 fehlt in diesem Build</translation>
    </message>
    <message>
        <source>An instance needs a name</source>
        <translation>Eine Instanz braucht einen Namen</translation>
    </message>
    <message>
        <source>Instance %1: power must be zero or more watts</source>
        <translation>Instanz %1: Die Leistung muss null oder mehr Watt betragen</translation>
    </message>
    <message>
        <source>Instance %1: maximum power is below idle power</source>
        <translation>Instanz %1: Die Maximalleistung liegt unter der Leerlaufleistung</translation>
    </message>
    <message>
        <source>Instance %1: vCPUs, memory and accelerators cannot be negative</source>
        <translation>Instanz %1: vCPUs, Speicher und Beschleuniger dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>Instance %1: TDP, embodied emissions and price cannot be negative</source>
        <translation>Instanz %1: TDP, graue Emissionen und Preis dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>Instance %1: a load point needs a utilization from 0 to 1 and zero or more watts</source>
        <translation>Instanz %1: Ein Lastpunkt braucht eine Auslastung von 0 bis 1 und null oder mehr Watt</translation>
    </message>
    <message>
        <source>Instance %1: two load points share a utilization</source>
        <translation>Instanz %1: Zwei Lastpunkte haben dieselbe Auslastung</translation>
    </message>
    <message>
        <source>A region needs an id</source>
        <translation>Eine Region braucht eine ID</translation>
    </message>
    <message>
        <source>Region %1: grid intensity must be zero or more gCO2e/kWh</source>
        <translation>Region %1: Die Netzintensität muss null oder mehr gCO2e/kWh betragen</translation>
    </message>
    <message>
        <source>Region %1: PUE must be greater than zero</source>
        <translation>Region %1: Die PUE muss größer als null sein</translation>
    </message>
    <message>
        <source>Region %1: coordinates are out of range</source>
        <translation>Region %1: Die Koordinaten liegen außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>Region %1: intensities cannot be negative</source>
        <translation>Region %1: Intensitäten dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>The user catalog is not open</source>
        <translation>Der Benutzerkatalog ist nicht geöffnet</translation>
    </message>
    <message>
        <source>Instance %1 cannot be saved: %2</source>
        <translation>Instanz %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Region %1 cannot be saved: %2</source>
        <translation>Region %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>There is no user instance %1</source>
        <translation>Es gibt keine Benutzerinstanz %1</translation>
    </message>
    <message>
        <source>There is no user region %1</source>
        <translation>Es gibt keine Benutzerregion %1</translation>
    </message>
</context>
<context>
    <name>greenprint::WaterfallChart</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Einsparung</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Zunahme</translation>
    </message>
    <message>
        <source>Savings waterfall: the plan&apos;s carbon after each applied suggestion</source>
        <translation>Einsparungs-Wasserfall: das CO₂e des Plans nach jedem angewendeten Vorschlag</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1: %2 %3 (total after it: %4 %3)</source>
        <translation>%1: %2 %3 (Summe danach: %4 %3)</translation>
    </message>
    <message>
        <source>%1 (not estimated)</source>
        <translation>%1 (nicht geschätzt)</translation>
    </message>
    <message>
        <source>%1: the plan after this step cannot be estimated, so no figure is shown</source>
        <translation>%1: Der Plan nach diesem Schritt kann nicht geschätzt werden, daher wird keine Zahl angezeigt</translation>
    </message>
</context>
<context>
    <name>greenprint::WhatIfView</name>
    <message>
        <source>What-if scenarios</source>
        <translation>Was-wäre-wenn-Szenarien</translation>
    </message>
    <message>
        <source>Suggestions; tick one to apply it in the scenario</source>
        <translation>Vorschläge; einen ankreuzen, um ihn im Szenario anzuwenden</translation>
    </message>
    <message>
        <source>Suggestions (savings each on its own copy of the plan)</source>
        <translation>Vorschläge (jede Ersparnis auf einer eigenen Kopie des Plans)</translation>
    </message>
    <message>
        <source>Field overrides</source>
        <translation>Feldüberschreibungen</translation>
    </message>
    <message>
        <source>Baseline and scenario</source>
        <translation>Ausgangsplan und Szenario</translation>
    </message>
    <message>
        <source>Baseline: %1. No scenario yet: click New to start one.</source>
        <translation>Ausgangsplan: %1. Noch kein Szenario: Klicken Sie auf Neu, um eines anzulegen.</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; cannot be applied; see the problems below.</source>
        <translation>Szenario „%1“ kann nicht angewendet werden; siehe die Probleme unten.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Accuracy: some applied suggestion may lower the model&apos;s score by an amount no source states.</source>
        <translation>Genauigkeit: Ein angewendeter Vorschlag kann den Wert des Modells um einen von keiner Quelle genannten Betrag senken.</translation>
    </message>
    <message>
        <source>Accuracy retained: %1 % of the baseline score (published figures).</source>
        <translation>Erhaltene Genauigkeit: %1 % des Basiswerts (veröffentlichte Werte).</translation>
    </message>
    <message>
        <source>Breaks a constraint: the scenario %1.</source>
        <translation>Verletzt eine Vorgabe: Das Szenario %1.</translation>
    </message>
    <message>
        <source>regions %1</source>
        <translation>Regionen %1</translation>
    </message>
    <message>
        <source>accuracy ≥ %1 %</source>
        <translation>Genauigkeit ≥ %1 %</translation>
    </message>
    <message>
        <source>latency ≤ %1 ms</source>
        <translation>Latenz ≤ %1 ms</translation>
    </message>
    <message>
        <source>Constraints of the project: %1. Suggestions that would break them are not offered.</source>
        <translation>Vorgaben des Projekts: %1. Vorschläge, die sie verletzen würden, werden nicht angeboten.</translation>
    </message>
    <message>
        <source>Ticking a suggestion re-estimates the whole scenario; the waterfall shows each suggestion&apos;s share in the order ticked.</source>
        <translation>Das Ankreuzen eines Vorschlags schätzt das ganze Szenario neu; der Wasserfall zeigt den Anteil jedes Vorschlags in der Reihenfolge des Ankreuzens.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Savings waterfall (%1)</source>
        <translation>Einsparungs-Wasserfall (%1)</translation>
    </message>
    <message>
        <source>Scenario: %1, %2 (%3 %) against the baseline&apos;s %4</source>
        <translation>Szenario: %1, %2 (%3 %) gegenüber %4 im Ausgangsplan</translation>
    </message>
    <message>
        <source>Scenario total against the baseline</source>
        <translation>Szenario-Summe im Vergleich zur Ausgangslage</translation>
    </message>
    <message>
        <source>Scenario notes: accuracy, constraints and problems</source>
        <translation>Szenario-Hinweise: Genauigkeit, Vorgaben und Probleme</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>nicht geschätzt</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; cannot be estimated, so it shows no saving; see the problems below.</source>
        <translation>Szenario „%1“ kann nicht geschätzt werden und zeigt daher keine Einsparung; siehe die Probleme unten.</translation>
    </message>
    <message>
        <source>Scenario: %1; the baseline cannot be estimated, so no change is shown.</source>
        <translation>Szenario: %1; der Ausgangsplan kann nicht geschätzt werden, daher wird keine Änderung angezeigt.</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <source>The plan itself cannot run as written: %1.</source>
        <translation>Der Plan selbst kann so nicht laufen: %1.</translation>
    </message>
    <message>
        <source>Not offered: %1, because %2.</source>
        <translation>Nicht angeboten: %1. Grund: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n more suggestion(s) not offered (greenprint suggest lists them all).</source>
        <translation>
            <numerusform>%n weiterer Vorschlag nicht angeboten (greenprint suggest listet alle).</numerusform>
            <numerusform>%n weitere Vorschläge nicht angeboten (greenprint suggest listet alle).</numerusform>
        </translation>
    </message>
    <message>
        <source>users near %1</source>
        <translation>Nutzer nahe %1</translation>
    </message>
    <message>
        <source>Add as a new &amp;scenario</source>
        <translation>Als neues &amp;Szenario hinzufügen</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Per stage</source>
        <translation>Pro Phase</translation>
    </message>
    <message>
        <source>Waterfall</source>
        <translation>Einsparungs-Wasserfall</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <source>Computing the suggestions and the scenario…</source>
        <translation>Vorschläge und Szenario werden berechnet…</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <source>A change is being computed; the suggestions, the comparison and the charts follow when it is done. You can keep editing.</source>
        <translation>Eine Änderung wird berechnet; Vorschläge, Vergleich und Diagramme folgen, sobald sie fertig ist. Sie können weiter bearbeiten.</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) of the plan itself (greenprint suggest lists them all).</source>
        <translation>
            <numerusform>%n weiteres Problem des Plans selbst (greenprint suggest listet alle).</numerusform>
            <numerusform>%n weitere Probleme des Plans selbst (greenprint suggest listet alle).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::WorkSizing</name>
    <message>
        <source>%1 has no published accelerator throughput at %2; state the hours instead</source>
        <translation>%1 hat keinen veröffentlichten Beschleunigerdurchsatz bei %2; geben Sie stattdessen die Stunden an</translation>
    </message>
    <message>
        <source>no achieved utilization is known for %1 %2; state the hours instead</source>
        <translation>Für %1 %2 ist keine erreichte Auslastung bekannt; geben Sie stattdessen die Stunden an</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>Inferenz</translation>
    </message>
    <message>
        <source>%1 (%2) hours from work: achieved fraction of peak %3 (P10 %4, P90 %5), fitted on %6 published runs (%7), checked leave-one-family-out (README)</source>
        <translation>%1 (%2) Stunden aus der Arbeit: erreichter Anteil der Spitzenleistung %3 (P10 %4, P90 %5), angepasst an %6 veröffentlichte Läufe (%7), geprüft mit Auslassen je einer Modellfamilie (README)</translation>
    </message>
    <message>
        <source>%1 %2 hours from work: achieved fraction of peak %3 (range %4-%5), an assumption (achieved_utilization.csv)</source>
        <translation>%1 %2 Stunden aus der Arbeit: erreichter Anteil der Spitzenleistung %3 (Bereich %4-%5), eine Annahme (achieved_utilization.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be sized from work: its %2 has no FLOPS peak to turn work into hours (%3); state the hours instead</source>
        <translation>%1 kann nicht aus der Arbeit bemessen werden: %2 hat keine FLOPS-Spitzenleistung, um Arbeit in Stunden umzurechnen (%3); geben Sie stattdessen die Stunden an</translation>
    </message>
    <message>
        <source>%1 cannot be sized from %2 work: its %3 has a published peak at %4 only; state the work at that precision, or the hours</source>
        <translation>%1 kann nicht aus %2-Arbeit bemessen werden: %3 hat nur bei %4 eine veröffentlichte Spitzenleistung; geben Sie die Arbeit in dieser Genauigkeit oder die Stunden an</translation>
    </message>
    <message>
        <source>%1 cannot be sized from %2 work: its %3 has no FLOPS peak and its only published achieved throughput is for %4; state the hours instead</source>
        <translation>%1 kann nicht aus %2-Arbeit bemessen werden: %3 hat keine FLOPS-Spitzenleistung, und sein einziger veröffentlichter erreichter Durchsatz gilt für %4; geben Sie stattdessen die Stunden an</translation>
    </message>
    <message>
        <source>%1 cannot be sized from %2 work: the published achieved throughput of its %3 was measured at %4; state the hours instead</source>
        <translation>%1 kann nicht aus %2-Arbeit bemessen werden: der veröffentlichte erreichte Durchsatz von %3 wurde bei %4 gemessen; geben Sie stattdessen die Stunden an</translation>
    </message>
    <message>
        <source>%1 %2 hours from work: %3 TFLOPS sustained per accelerator, derived from a published achieved throughput, not a peak (%4 samples/s of %5 tokens, %6 M parameters, on %7 accelerators of %8), so no achieved fraction of peak is applied; the P10-P90 spread (x%9-x%10) and the load on the power curve borrow the %11 %2 range of achieved_utilization.csv (assumption)</source>
        <translation>%1, %2: Stunden aus der Arbeit: %3 TFLOPS Dauerleistung je Beschleuniger, abgeleitet aus einem veröffentlichten erreichten Durchsatz, keine Spitzenleistung (%4 Samples/s zu %5 Tokens, %6 M Parameter, auf %7 Beschleunigern von %8), daher wird kein erreichter Anteil der Spitzenleistung angewandt; die P10-P90-Spanne (x%9-x%10) und die Last auf der Leistungskurve stammen aus dem Bereich %11 %2 von achieved_utilization.csv (Annahme)</translation>
    </message>
    <message>
        <source>%1 cannot be sized token by token: its %2 has no published memory size and bandwidth; leave outputTokensPerRequest out to size the requests by FLOPs alone</source>
        <translation>%1 kann nicht Token für Token bemessen werden: für seinen %2 sind Speichergröße und -bandbreite nicht veröffentlicht; lassen Sie outputTokensPerRequest weg, um die Anfragen allein nach FLOPs zu bemessen</translation>
    </message>
    <message>
        <source>serving needs %1 GB for the weights and the KV cache of a batch of %2 requests of %3 tokens, more than the %4 GB of accelerator memory of one %5; choose a larger instance, a smaller batch or a lower precision</source>
        <translation>Bereitstellung braucht %1 GB für die Gewichte und den KV-Cache eines Batches von %2 Anfragen zu %3 Tokens, mehr als die %4 GB Beschleunigerspeicher einer %5; wählen Sie eine größere Instanz, einen kleineren Batch oder eine geringere Genauigkeit</translation>
    </message>
    <message>
        <source>no fitted serving constants are known for %1; leave outputTokensPerRequest out to size the requests by FLOPs alone</source>
        <translation>für %1 sind keine angepassten Bereitstellungskonstanten bekannt; lassen Sie outputTokensPerRequest weg, um die Anfragen allein nach FLOPs zu bemessen</translation>
    </message>
    <message>
        <source>%1 inference served token by token: a replica of %2 x %3 holds %4 GB (weights at %5 plus the KV cache of %6 requests), %7 replicas per instance; prefill of %8 prompt tokens per request at %9 % of peak; decode of %10 output tokens per request in steps of %11 ms for the batch (%12), memory read at %13 % of the datasheet bandwidth and decode products at %14 % of peak (fitted on public measurements: README, Serving); whole job at %15 % of peak, load %16 % on the power curve</source>
        <translation>%1 Inferenz Token für Token bedient: eine Replik aus %2 x %3 hält %4 GB (Gewichte in %5 plus KV-Cache von %6 Anfragen), %7 Repliken je Instanz; Prefill von %8 Prompt-Tokens je Anfrage bei %9 % der Spitze; Decode von %10 Ausgabetokens je Anfrage in Schritten von %11 ms für den Batch (%12), Speicher gelesen mit %13 % der Datenblatt-Bandbreite und Decode-Produkte bei %14 % der Spitze (angepasst an öffentliche Messungen: README, Serving); ganzer Job bei %15 % der Spitze, Last %16 % auf der Leistungskurve</translation>
    </message>
    <message>
        <source>compute-bound</source>
        <translation>rechengebunden</translation>
    </message>
    <message>
        <source>memory-bandwidth-bound</source>
        <translation>durch Speicherbandbreite begrenzt</translation>
    </message>
    <message>
        <source>Batch size not stated: %1 request decoded at a time per model replica (assumed), what a real-time endpoint serving requests as they arrive does at low traffic, and the costliest per token; state batchSize for batched or concurrent serving</source>
        <translation>Batchgröße nicht angegeben: %1 Anfrage je Modellreplik auf einmal decodiert (Annahme), wie ein Echtzeit-Endpunkt bei wenig Verkehr Anfragen beim Eintreffen bedient, und das Teuerste pro Token; geben Sie batchSize für gebündelte oder nebenläufige Bereitstellung an</translation>
    </message>
    <message>
        <source>%1 has no serving measurements of its own: its decode reads memory at the %2 % of datasheet bandwidth fitted on NVIDIA GPUs (assumed)</source>
        <translation>Für %1 gibt es keine eigenen Bereitstellungsmessungen: sein Decode liest Speicher mit den %2 % der Datenblatt-Bandbreite, die an NVIDIA-GPUs angepasst wurden (Annahme)</translation>
    </message>
    <message>
        <source>%1 cannot be sized token by token: its %2 has no FLOPS peak; leave outputTokensPerRequest out, or state the hours</source>
        <translation>%1 kann nicht Token für Token bemessen werden: sein %2 hat keine FLOPS-Spitze; lassen Sie outputTokensPerRequest weg oder geben Sie die Stunden an</translation>
    </message>
    <message>
        <source>%1 M of %2 M parameters trained (LoRA or adapters): %3 GFLOPs per token = 4 x %4 M active parameters (forward pass and activation gradients through every layer) + 2 x %5 M (weight gradients of the trainable weights a token passes through)%6, %7 % of full training&apos;s; the backward pass is twice the forward, half for activation and half for weight gradients (Narayanan et al. 2021, arXiv:2104.04473, appendix; Bahdanau 2022, The FLOPs Calculus of Language Model Training), and LoRA freezes the pre-trained weights (Hu et al. 2021, arXiv:2106.09685)</source>
        <translation>%1 M von %2 M Parametern trainiert (LoRA oder Adapter): %3 GFLOPs je Token = 4 x %4 M aktive Parameter (Vorwärtsdurchlauf und Aktivierungsgradienten durch jede Schicht) + 2 x %5 M (Gewichtsgradienten der trainierbaren Gewichte, die ein Token durchläuft)%6, %7 % des vollen Trainings; der Rückwärtsdurchlauf ist doppelt so groß wie der Vorwärtsdurchlauf, je zur Hälfte Aktivierungs- und Gewichtsgradienten (Narayanan et al. 2021, arXiv:2104.04473, Anhang; Bahdanau 2022, The FLOPs Calculus of Language Model Training), und LoRA friert die vortrainierten Gewichte ein (Hu et al. 2021, arXiv:2106.09685)</translation>
    </message>
    <message>
        <source> + attention</source>
        <translation> + Attention</translation>
    </message>
    <message>
        <source>Training work without trainableParameters trains all its parameters: 6 FLOPs per active parameter per token, a forward pass and the gradients of activations and weights (Kaplan et al. 2020, arXiv:2001.08361)</source>
        <translation>Trainingsarbeit ohne trainableParameters trainiert alle ihre Parameter: 6 FLOPs je aktivem Parameter und Token, ein Vorwärtsdurchlauf und die Gradienten von Aktivierungen und Gewichten (Kaplan et al. 2020, arXiv:2001.08361)</translation>
    </message>
    <message>
        <source>Attention over %1-token sequences: 12 x %2 layers x %3 hidden size x %1 = %4 GFLOPs per token (Chowdhery et al. 2022, PaLM, arXiv:2204.02311, appendix B), %5 % of the training FLOPs, at the same fraction of peak, which was fitted on published runs with their attention counted the same way</source>
        <translation>Attention über Sequenzen von %1 Token: 12 x %2 Schichten x %3 verborgene Größe x %1 = %4 GFLOPs je Token (Chowdhery et al. 2022, PaLM, arXiv:2204.02311, Anhang B), %5 % der Trainings-FLOPs, beim selben Anteil der Spitzenleistung, der auf veröffentlichte Läufe mit auf dieselbe Weise gezählter Attention angepasst wurde</translation>
    </message>
    <message>
        <source>Training work without sequenceLength, layers and hiddenSize: attention&apos;s sequence-length FLOPs (12 x layers x hidden size x sequence length per token, PaLM arXiv:2204.02311 appendix B) are not counted, while the fraction of peak was fitted with them counted, so the hours are low by their share (assumption; 7 % for a 7 B model of 32 layers of 4096 at 2,048 tokens, 23 % at 8,192); state them</source>
        <translation>Trainingsarbeit ohne sequenceLength, layers und hiddenSize: die von der Sequenzlänge abhängigen FLOPs der Attention (12 x Schichten x verborgene Größe x Sequenzlänge je Token, PaLM arXiv:2204.02311 Anhang B) werden nicht gezählt, der Anteil der Spitzenleistung wurde aber mit ihnen angepasst, daher sind die Stunden um ihren Anteil zu niedrig (Annahme; 7 % für ein 7-B-Modell mit 32 Schichten von 4096 bei 2.048 Token, 23 % bei 8.192); bitte angeben</translation>
    </message>
</context>
<context>
    <name>greenprint::WorldOutline</name>
    <message>
        <source>an array of arcs is required</source>
        <translation>ein Array von Bögen ist erforderlich</translation>
    </message>
    <message>
        <source>an arc needs at least two positions</source>
        <translation>ein Bogen braucht mindestens zwei Positionen</translation>
    </message>
    <message>
        <source>a geometry object is required</source>
        <translation>ein Geometrieobjekt ist erforderlich</translation>
    </message>
    <message>
        <source>a geometry type is required</source>
        <translation>ein Geometrietyp ist erforderlich</translation>
    </message>
    <message>
        <source>an array of geometries is required</source>
        <translation>ein Array von Geometrien ist erforderlich</translation>
    </message>
    <message>
        <source>an array of arc indexes is required</source>
        <translation>ein Array von Bogenindizes ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an areal geometry (Polygon, MultiPolygon or GeometryCollection)</source>
        <translation>„%1“ ist keine Flächengeometrie (Polygon, MultiPolygon oder GeometryCollection)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a polygon is an array of rings</source>
        <translation>ein Polygon ist ein Array von Ringen</translation>
    </message>
    <message>
        <source>a ring is a non-empty array of arc indexes</source>
        <translation>ein Ring ist ein nicht leeres Array von Bogenindizes</translation>
    </message>
    <message>
        <source>an arc index must be an integer</source>
        <translation>ein Bogenindex muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>arc %1 does not exist (there are %2)</source>
        <translation>Bogen %1 existiert nicht (es gibt %2)</translation>
    </message>
    <message>
        <source>the ring does not close (it ends %1°, %2° away from where it starts)</source>
        <translation>der Ring ist nicht geschlossen (er endet %1°, %2° vom Anfang entfernt)</translation>
    </message>
    <message>
        <source>two numbers are required</source>
        <translation>zwei Zahlen sind erforderlich</translation>
    </message>
    <message>
        <source>a position is an array of two numbers</source>
        <translation>eine Position ist ein Array aus zwei Zahlen</translation>
    </message>
    <message>
        <source>a position must be finite</source>
        <translation>eine Position muss endlich sein</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;Topology&quot; is required</source>
        <translation>„Topology“ ist erforderlich</translation>
    </message>
    <message>
        <source>no such object</source>
        <translation>kein solches Objekt</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::ActualsStore</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot prepare the imports of actual usage: %2</source>
        <translation>%1: die Importe tatsächlicher Nutzung können nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>the schema %1 is missing from this build</source>
        <translation>Das Schema %1 fehlt in diesem Build</translation>
    </message>
    <message>
        <source>the imports were written by a newer version of Greenprint (schema %1, this version reads %2)</source>
        <translation>die Importe wurden von einer neueren Greenprint-Version geschrieben (Schema %1, diese Version liest %2)</translation>
    </message>
    <message>
        <source>the store of imports is not open</source>
        <translation>der Speicher der Importe ist nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot store the import of %1: %2</source>
        <translation>der Import von %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>there is no import %1</source>
        <translation>es gibt keinen Import %1</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::ByteSource</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot start gzip decompression</source>
        <translation>%1: gzip-Dekompression kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1: Lesefehler: %2</translation>
    </message>
    <message>
        <source>%1: the gzip data ends early (a truncated download?)</source>
        <translation>%1: die gzip-Daten enden vorzeitig (ein abgebrochener Download?)</translation>
    </message>
    <message>
        <source>%1: corrupt gzip data</source>
        <translation>%1: beschädigte gzip-Daten</translation>
    </message>
    <message>
        <source>%1: corrupt gzip data (%2)</source>
        <translation>%1: beschädigte gzip-Daten (%2)</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::Calibration</name>
    <message>
        <source>%1: run &quot;%2&quot; (row ending %3) averages %4 W, above the %5 W peak of one %6: the log measured something else or is wrong; nothing of it was calibrated</source>
        <translation>%1: Lauf „%2“ (Zeile mit Ende %3) hat im Mittel %4 W, mehr als die Spitzenleistung von %5 W einer %6: Das Protokoll hat etwas anderes gemessen oder ist falsch; davon wurde nichts kalibriert</translation>
    </message>
    <message>
        <source>the bill shows %1 where the plan has %2: change the instance type first, then calibrate</source>
        <translation>die Rechnung zeigt %1, wo der Plan %2 hat: zuerst den Instanztyp ändern, dann kalibrieren</translation>
    </message>
    <message>
        <source>a notebook: a bill does not tell its active hours from its idle ones, so its plan is kept</source>
        <translation>ein Notebook: Eine Rechnung unterscheidet seine aktiven Stunden nicht von den ungenutzten, daher bleibt sein Plan</translation>
    </message>
    <message>
        <source>a serverless endpoint is billed by inference time, not by instance-hours: its plan is kept</source>
        <translation>ein Serverless-Endpunkt wird nach Inferenzzeit abgerechnet, nicht nach Instanzstunden: Sein Plan bleibt</translation>
    </message>
    <message>
        <source>sized from its work and no billed hours of %1 match it: import its bill (CUR) to calibrate it</source>
        <translation>aus seiner Arbeit bemessen, und keine abgerechneten Stunden von %1 passen dazu: Importieren Sie seine Rechnung (CUR), um es zu kalibrieren</translation>
    </message>
    <message>
        <source>hours: %1 h instead of %2 h (%3)</source>
        <translation>Stunden: %1 h statt %2 h (%3)</translation>
    </message>
    <message>
        <source>hours kept: an endpoint&apos;s provisioned hours are the plan&apos;s horizon, and the bill&apos;s %1 instance-hours are a sample of it</source>
        <translation>Stunden beibehalten: Die bereitgestellten Stunden eines Endpunkts sind der Planungshorizont, und die %1 Instanzstunden der Rechnung sind eine Stichprobe davon</translation>
    </message>
    <message>
        <source>hours not billed for %1: the plan&apos;s %2 h kept</source>
        <translation>keine Stunden von %1 abgerechnet: die %2 h des Plans bleiben</translation>
    </message>
    <message>
        <source>utilization: %1 % instead of %2 % (%3)</source>
        <translation>Auslastung: %1 % statt %2 % (%3)</translation>
    </message>
    <message>
        <source>utilization not measured: the plan&apos;s %1 % kept</source>
        <translation>Auslastung nicht gemessen: die %1 % des Plans bleiben</translation>
    </message>
    <message>
        <source>power: %1 W per instance instead of the power model&apos;s %2 W (%3); utilization no longer changes its energy</source>
        <translation>Leistung: %1 W pro Instanz statt %2 W des Leistungsmodells (%3); die Auslastung ändert ihre Energie nicht mehr</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>measured power not applied: only compute jobs carry a measured power; this one keeps the power model</source>
        <translation>gemessene Leistung nicht übernommen: Nur Rechenjobs tragen eine gemessene Leistung; diese Komponente behält das Leistungsmodell</translation>
    </message>
    <message>
        <source>the power logs measure the accelerators only, not the instance: the power model is kept</source>
        <translation>die Leistungsprotokolle messen nur die Beschleuniger, nicht die Instanz: Das Leistungsmodell bleibt</translation>
    </message>
    <message>
        <source>nothing the plan uses was measured</source>
        <translation>nichts, was der Plan verwendet, wurde gemessen</translation>
    </message>
    <message>
        <source>its work no longer sizes it: measured values replace the work model&apos;s prediction</source>
        <translation>seine Arbeit bemisst es nicht mehr: Gemessene Werte ersetzen die Vorhersage des Arbeitsmodells</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::CalibrationFormats</name>
    <message>
        <source>calibrated: %1 / %2</source>
        <translation>kalibriert: %1 / %2</translation>
    </message>
    <message>
        <source>not calibrated: %1 / %2</source>
        <translation>nicht kalibriert: %1 / %2</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message numerus="yes">
        <source>Calibration from actuals: %1 of %n component(s) calibrated</source>
        <translation>
            <numerusform>Kalibrierung aus Ist-Werten: %1 von %n Komponente kalibriert</numerusform>
            <numerusform>Kalibrierung aus Ist-Werten: %1 von %n Komponenten kalibriert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::CarbonText</name>
    <message>
        <source>%1:1: not an AWS carbon-emissions export: no column &quot;%2&quot;</source>
        <translation>%1:1: kein AWS-Export der CO₂-Emissionen: keine Spalte „%2“</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; is not MTCO2e (metric tons CO2e)</source>
        <translation>Einheit „%1“ ist nicht MTCO2e (Tonnen CO₂e)</translation>
    </message>
    <message>
        <source>not a number of zero or more: &quot;%1&quot;</source>
        <translation>keine Zahl von null oder mehr: „%1“</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::CompareText</name>
    <message>
        <source>no billed hours instead of %1</source>
        <translation>keine abgerechneten Stunden statt %1</translation>
    </message>
    <message>
        <source>%1 instance-hours instead of %2</source>
        <translation>%1 Instanzstunden statt %2</translation>
    </message>
    <message>
        <source>%1 as planned</source>
        <translation>%1 wie geplant</translation>
    </message>
    <message>
        <source>%1 instead of %2</source>
        <translation>%1 statt %2</translation>
    </message>
    <message>
        <source>measured %1 W per instance</source>
        <translation>gemessen %1 W je Instanz</translation>
    </message>
    <message>
        <source>measured %1 % instead of planned %2 %</source>
        <translation>gemessen %1 % statt geplant %2 %</translation>
    </message>
    <message>
        <source>not measured: planned %1 % kept</source>
        <translation>nicht gemessen: geplante %1 % beibehalten</translation>
    </message>
    <message>
        <source>the plan&apos;s own load model (work-sized load, idle hours) against one average load, several instance types or regions, storage</source>
        <translation>das eigene Lastmodell des Plans (aus der Arbeit bestimmte Last, Leerlaufstunden) gegenüber einer mittleren Last, mehrere Instanztypen oder Regionen, Speicher</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>Method: AWS allocates the measured energy of its data centres to customers by their usage (model %1); Greenprint estimates each instance from its power curve at your utilization.</source>
        <translation>Methode: AWS verteilt die gemessene Energie seiner Rechenzentren nach Nutzung auf die Kunden (Modell %1); Greenprint schätzt jede Instanz aus ihrer Leistungskurve bei Ihrer Auslastung.</translation>
    </message>
    <message>
        <source>Unused capacity: AWS&apos;s figure carries a share of idle and overhead server capacity; Greenprint counts only the capacity you were billed for.</source>
        <translation>Ungenutzte Kapazität: Die Zahl von AWS enthält einen Anteil an leerlaufender und zusätzlicher Serverkapazität; Greenprint zählt nur die Kapazität, die Ihnen berechnet wurde.</translation>
    </message>
    <message>
        <source>Scope 3: AWS&apos;s figure covers Scope 1 and 2 (Scope 3 categories only in newer model versions); Greenprint&apos;s location-based figure includes the embodied share of servers (%1 kgCO2e here, %2 kgCO2e without it).</source>
        <translation>Scope 3: Die Zahl von AWS umfasst Scope 1 und 2 (Scope-3-Kategorien erst in neueren Modellversionen); die standortbasierte Zahl von Greenprint enthält den Anteil der grauen Emissionen der Server (hier %1 kgCO2e, ohne ihn %2 kgCO2e).</translation>
    </message>
    <message>
        <source>Market-based method: AWS&apos;s market-based figure counts the renewable electricity Amazon buys; Greenprint&apos;s counts 0 g/kWh only in Regions AWS lists as renewable-matched in %1.</source>
        <translation>Marktbasierte Methode: Die marktbasierte Zahl von AWS rechnet den von Amazon gekauften erneuerbaren Strom ein; die von Greenprint setzt 0 g/kWh nur in Regionen an, die AWS für %1 als durch erneuerbaren Strom gedeckt aufführt.</translation>
    </message>
    <message>
        <source>Coverage: AWS&apos;s figure covers every service of the accounts in those months; Greenprint values the compute, storage and data transfer it recognises in the CUR (other usage counts for cost only).</source>
        <translation>Abdeckung: Die Zahl von AWS umfasst jeden Dienst der Konten in diesen Monaten; Greenprint bewertet die Rechenleistung, den Speicher und die Datenübertragung, die es im CUR erkennt (andere Nutzung zählt nur für die Kosten).</translation>
    </message>
    <message>
        <source>Actual energy and carbon are Greenprint estimates of the billed usage with the plan&apos;s method and settings; actual cost is the bill&apos;s unblended cost (credits, refunds, taxes and fees left out).</source>
        <translation>Tatsächliche Energie und CO₂e sind Schätzungen von Greenprint für die abgerechnete Nutzung mit der Methode und den Einstellungen des Plans; die tatsächlichen Kosten sind die Kosten der Rechnung ohne Mischpreise (Gutschriften, Erstattungen, Steuern und Gebühren ausgenommen).</translation>
    </message>
    <message>
        <source>Components without a utilization measurement keep their planned utilization; unplanned instance hours are valued at %1 %, the planner&apos;s default for a new compute component.</source>
        <translation>Komponenten ohne gemessene Auslastung behalten ihre geplante Auslastung; ungeplante Instanzstunden werden mit %1 % bewertet, der Vorgabe des Planers für eine neue Rechenkomponente.</translation>
    </message>
    <message>
        <source>SageMaker ml.* instances are valued as the EC2 instance type they run on.</source>
        <translation>SageMaker-Instanzen ml.* werden als der EC2-Instanztyp bewertet, auf dem sie laufen.</translation>
    </message>
    <message>
        <source>measurement &quot;%1&quot; names no component or instance type of the plan; tie it to a component with COMPONENT=FILE</source>
        <translation>Messung „%1“ nennt keine Komponente und keinen Instanztyp des Plans; ordnen Sie sie mit KOMPONENTE=DATEI einer Komponente zu</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::CsvStream</name>
    <message>
        <source>%1:1:1: the file is empty (a header line is expected)</source>
        <translation>%1:1:1: die Datei ist leer (eine Kopfzeile wird erwartet)</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 Felder wie in der Kopfzeile erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <source>a closing quote must be followed by a comma or a line break</source>
        <translation>auf ein schließendes Anführungszeichen muss ein Komma oder ein Zeilenumbruch folgen</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with a quote</source>
        <translation>ein Anführungszeichen in einem Feld, das nicht mit einem Anführungszeichen beginnt</translation>
    </message>
    <message>
        <source> (column &quot;%1&quot;)</source>
        <translation> (Spalte „%1“)</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::CurText</name>
    <message>
        <source>%1:1: not a Cost and Usage Report: no column &quot;%2&quot; (legacy CUR) or &quot;%3&quot; (CUR 2.0)</source>
        <translation>%1:1: kein Cost and Usage Report: keine Spalte „%2“ (klassischer CUR) oder „%3“ (CUR 2.0)</translation>
    </message>
    <message>
        <source>not a number: &quot;%1&quot;</source>
        <translation>keine Zahl: „%1“</translation>
    </message>
    <message>
        <source>not a count of line items: &quot;%1&quot;</source>
        <translation>keine Anzahl von Posten: „%1“</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::FormatText</name>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>utilization</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Plan against actual: %1</source>
        <translation>Plan und Ist: %1</translation>
    </message>
    <message>
        <source>Billed usage from %1 to %2</source>
        <translation>Abgerechnete Nutzung vom %1 bis %2</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>variance</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Unplanned usage</source>
        <translation>Ungeplante Nutzung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
    <message>
        <source>Instance-hours</source>
        <translation>Instanzstunden</translation>
    </message>
    <message>
        <source>* part of the usage could not be estimated (see the JSON output)</source>
        <translation>* ein Teil der Nutzung konnte nicht geschätzt werden (siehe die JSON-Ausgabe)</translation>
    </message>
    <message>
        <source>AWS carbon export, %1 to %2, %3: %4 kgCO2e location-based (AWS) against %5 kgCO2e (Greenprint, same months and regions)</source>
        <translation>AWS-Export der CO₂-Emissionen, %1 bis %2, %3: %4 kgCO2e standortbasiert (AWS) gegenüber %5 kgCO2e (Greenprint, gleiche Monate und Regionen)</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::ImportText</name>
    <message>
        <source>not a time: &quot;%1&quot;</source>
        <translation>keine Zeitangabe: „%1“</translation>
    </message>
    <message>
        <source>not a date: &quot;%1&quot;</source>
        <translation>kein Datum: „%1“</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::MatchText</name>
    <message>
        <source>the tag greenprint:component=&quot;%1&quot; names no single component of the plan</source>
        <translation>der Tag greenprint:component=„%1“ nennt keine eindeutige Komponente des Plans</translation>
    </message>
    <message>
        <source>no component of the plan runs %1</source>
        <translation>keine Komponente des Plans läuft auf %1</translation>
    </message>
    <message>
        <source>no storage component of the plan has this storage class</source>
        <translation>keine Speicherkomponente des Plans hat diese Speicherklasse</translation>
    </message>
    <message>
        <source>no transfer component of the plan leaves %1</source>
        <translation>keine Übertragungskomponente des Plans verlässt %1</translation>
    </message>
    <message>
        <source>usage of this kind is not part of a Greenprint plan</source>
        <translation>Nutzung dieser Art ist nicht Teil eines Greenprint-Plans</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::MeasurementText</name>
    <message>
        <source>%1:1: not %2: no column &quot;%3&quot;</source>
        <translation>%1:1: nicht %2: keine Spalte „%3“</translation>
    </message>
    <message>
        <source>a CodeCarbon emissions.csv</source>
        <translation>eine CodeCarbon-emissions.csv</translation>
    </message>
    <message>
        <source>not a number of zero or more: &quot;%1&quot;</source>
        <translation>keine Zahl von null oder mehr: „%1“</translation>
    </message>
    <message>
        <source>%1:1: not an nvidia-smi CSV log: it needs &quot;timestamp&quot; and &quot;power.draw&quot; or &quot;utilization.gpu&quot; (nvidia-smi --query-gpu=timestamp,index,power.draw,utilization.gpu --format=csv)</source>
        <translation>%1:1: kein nvidia-smi-CSV-Protokoll: es braucht „timestamp“ und „power.draw“ oder „utilization.gpu“ (nvidia-smi --query-gpu=timestamp,index,power.draw,utilization.gpu --format=csv)</translation>
    </message>
    <message>
        <source>not a valid reading: &quot;%1&quot;</source>
        <translation>kein gültiger Messwert: „%1“</translation>
    </message>
    <message>
        <source>a CloudWatch metric export</source>
        <translation>ein CloudWatch-Metrikexport</translation>
    </message>
    <message>
        <source>%1:1: a CloudWatch metric export needs an &quot;InstanceId&quot; or &quot;EndpointName&quot; column</source>
        <translation>%1:1: ein CloudWatch-Metrikexport braucht eine Spalte „InstanceId“ oder „EndpointName“</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot; is not CPUUtilization or GPUUtilization</source>
        <translation>Metrik „%1“ ist weder CPUUtilization noch GPUUtilization</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; is not Percent</source>
        <translation>Einheit „%1“ ist nicht Percent</translation>
    </message>
    <message>
        <source>not a percentage from 0 to 100: &quot;%1&quot; (SageMaker endpoint metrics add up every core or GPU: divide by their number first)</source>
        <translation>kein Prozentwert von 0 bis 100: „%1“ (Metriken von SageMaker-Endpunkten summieren alle Kerne oder GPUs: zuerst durch ihre Anzahl teilen)</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::NeuronText</name>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>a neuron-monitor report is a JSON object</source>
        <translation>ein neuron-monitor-Bericht ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>neuron_runtime_data: core %1: neuroncore_utilization must be a percentage from 0 to 100</source>
        <translation>neuron_runtime_data: Kern %1: neuroncore_utilization muss ein Prozentwert von 0 bis 100 sein</translation>
    </message>
    <message>
        <source>%1: no neuron-monitor report in the file</source>
        <translation>%1: kein neuron-monitor-Bericht in der Datei</translation>
    </message>
</context>
<context>
    <name>greenprint::cli</name>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>note: </source>
        <translation>Hinweis: </translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Versuchen Sie „%1 --help“.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; expects %n argument(s)</source>
        <translation>
            <numerusform>„%1“ erwartet %n Argument</numerusform>
            <numerusform>„%1“ erwartet %n Argumente</numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: table, json or csv (default: table).</source>
        <translation>Ausgabeformat: table, json oder csv (Standard: table).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The .greenprint project file.</source>
        <translation>Die .greenprint-Projektdatei.</translation>
    </message>
    <message>
        <source>Estimate the project&apos;s scenario &lt;name&gt; instead of the plan.</source>
        <translation>Das Szenario &lt;name&gt; des Projekts statt des Plans schätzen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use table, json or csv</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie table, json oder csv</translation>
    </message>
    <message>
        <source>Rank the practices of the AWS sustainability guidance by the kgCO2e they would save on this plan, each estimated on its own copy of the plan.</source>
        <translation>Die Praktiken der AWS-Nachhaltigkeitsleitlinien nach den kgCO2e ordnen, die sie bei diesem Plan sparen würden, jede auf einer eigenen Kopie des Plans geschätzt.</translation>
    </message>
    <message>
        <source>Output format: table or json (default: table).</source>
        <translation>Ausgabeformat: table oder json (Standard: table).</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use table or json</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie table oder json</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%n component(s))</source>
        <translation>
            <numerusform>%1: gültig (%n Komponente)</numerusform>
            <numerusform>%1: gültig (%n Komponenten)</numerusform>
        </translation>
    </message>
    <message>
        <source>List the reference data.</source>
        <translation>Die Referenzdaten auflisten.</translation>
    </message>
    <message>
        <source>regions or instances.</source>
        <translation>regions oder instances.</translation>
    </message>
    <message>
        <source>unknown data table &apos;%1&apos;; use regions or instances</source>
        <translation>Unbekannte Datentabelle „%1“; verwenden Sie regions oder instances</translation>
    </message>
    <message>
        <source>Write the plan of a project to files.</source>
        <translation>Den Plan eines Projekts in Dateien schreiben.</translation>
    </message>
    <message>
        <source>Write the PDF plan to &lt;out.pdf&gt; (A4 or Letter, from the locale).</source>
        <translation>Den PDF-Plan nach &lt;out.pdf&gt; schreiben (A4 oder Letter, je nach Gebietsschema).</translation>
    </message>
    <message>
        <source>out.pdf</source>
        <translation>out.pdf</translation>
    </message>
    <message>
        <source>Write the CSV plan to &lt;out.csv&gt; (one row per component per scenario, baseline included).</source>
        <translation>Den CSV-Plan nach &lt;out.csv&gt; schreiben (eine Zeile pro Komponente und Szenario, Ausgangsplan eingeschlossen).</translation>
    </message>
    <message>
        <source>out.csv</source>
        <translation>out.csv</translation>
    </message>
    <message>
        <source>Describe the project with what-if scenario &lt;name&gt; applied (the CSV then lists the baseline and that scenario).</source>
        <translation>Das Projekt mit angewendetem Was-wäre-wenn-Szenario &lt;name&gt; beschreiben (die CSV-Datei listet dann den Ausgangsplan und dieses Szenario).</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs an output, e.g. --pdf plan.pdf or --csv plan.csv</source>
        <translation>„export“ braucht eine Ausgabe, z. B. --pdf plan.pdf oder --csv plan.csv</translation>
    </message>
    <message>
        <source>--pdf needs the graphical part of Qt; run it through main()</source>
        <translation>--pdf braucht den grafischen Teil von Qt; über main() ausführen</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>Fehler: %1: %2</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite)</numerusform>
            <numerusform>%1 geschrieben (%n Seiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>Kein Befehl angegeben</translation>
    </message>
    <message>
        <source>Usage: %1 [command] [options]

Greenprint plans the energy (kWh), carbon (kgCO2e) and cost (USD) of a deep-learning workload on AWS before you run it.

</source>
        <translation>Aufruf: %1 [Befehl] [Optionen]

Greenprint plant Energie (kWh), CO₂e (kgCO2e) und Kosten (USD) eines Deep-Learning-Workloads auf AWS, bevor Sie ihn ausführen.

</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     Show this help.
  -v, --version  Show the version.

Run &apos;%1 COMMAND --help&apos; for the options of a command.
Exit status: 0 success, 1 invalid input, 2 usage error.
</source>
        <translation>
Optionen:
  -h, --help     Diese Hilfe anzeigen.
  -v, --version  Die Version anzeigen.

„%1 BEFEHL --help“ zeigt die Optionen eines Befehls.
Exit-Status: 0 Erfolg, 1 ungültige Eingabe, 2 Aufruffehler.
</translation>
    </message>
    <message>
        <source>Rewrite a project in the current file format (format %1), recording the reference data and totals it is estimated with.</source>
        <translation>Ein Projekt im aktuellen Dateiformat (Format %1) neu schreiben und dabei die Referenzdaten und Summen festhalten, mit denen es geschätzt wird.</translation>
    </message>
    <message>
        <source>Write the upgraded project to &lt;out&gt;.</source>
        <translation>Das aktualisierte Projekt nach &lt;out&gt; schreiben.</translation>
    </message>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
    <message>
        <source>&apos;upgrade&apos; needs an output file: -o OUT.greenprint</source>
        <translation>„upgrade“ braucht eine Ausgabedatei: -o AUS.greenprint</translation>
    </message>
    <message>
        <source>wrote %1 (format %2)</source>
        <translation>%1 geschrieben (Format %2)</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; expects at least %n argument(s)</source>
        <translation>
            <numerusform>„%1“ erwartet mindestens %n Argument</numerusform>
            <numerusform>„%1“ erwartet mindestens %n Argumente</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimate the energy, carbon and cost of one or more projects (several files: JSON gives an array, the table one section per file).</source>
        <translation>Energie, CO₂e und Kosten eines oder mehrerer Projekte schätzen (mehrere Dateien: JSON liefert ein Array, die Tabelle einen Abschnitt je Datei).</translation>
    </message>
    <message>
        <source>The .greenprint project file(s).</source>
        <translation>Die .greenprint-Projektdatei(en).</translation>
    </message>
    <message>
        <source>--format csv takes one file; use json or table for several</source>
        <translation>--format csv nimmt eine Datei; für mehrere json oder table verwenden</translation>
    </message>
    <message>
        <source>== %1 ==</source>
        <translation>== %1 ==</translation>
    </message>
    <message>
        <source>== %1, scenario &quot;%2&quot; ==</source>
        <translation>== %1, Szenario „%2“ ==</translation>
    </message>
    <message>
        <source>Check project files and report every problem.</source>
        <translation>Projektdateien prüfen und jedes Problem melden.</translation>
    </message>
    <message>
        <source>Write the PDF plan in language &lt;code&gt; (%1; default: the language chosen in the planner&apos;s Preferences, else the system&apos;s). The CSV plan is always English.</source>
        <translation>Den PDF-Plan in der Sprache &lt;code&gt; schreiben (%1; Standard: die in den Einstellungen des Planers gewählte Sprache, sonst die des Systems). Der CSV-Plan ist immer englisch.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;; use one of %2</source>
        <translation>unbekannte Sprache „%1“; verwenden Sie eine von %2</translation>
    </message>
    <message>
        <source>AWS Cost and Usage Report &lt;file&gt; (legacy CUR or CUR 2.0, CSV or CSV.gz); repeat for several.</source>
        <translation>AWS Cost and Usage Report &lt;file&gt; (klassischer CUR oder CUR 2.0, CSV oder CSV.gz); für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>AWS carbon-emissions export &lt;file&gt; (Customer Carbon Footprint Tool data, CSV): AWS&apos;s own figure beside Greenprint&apos;s.</source>
        <translation>AWS-Export der CO₂-Emissionen &lt;file&gt; (Daten des Customer Carbon Footprint Tool, CSV): die eigene Zahl von AWS neben der von Greenprint.</translation>
    </message>
    <message>
        <source>CodeCarbon emissions.csv &lt;file&gt;; project_name names the component, or write COMPONENT=FILE.</source>
        <translation>CodeCarbon-emissions.csv &lt;file&gt;; project_name nennt die Komponente, oder schreiben Sie KOMPONENTE=DATEI.</translation>
    </message>
    <message>
        <source>nvidia-smi CSV log &lt;file&gt; (--query-gpu=timestamp,index,power.draw,utilization.gpu --format=csv), as COMPONENT=FILE.</source>
        <translation>nvidia-smi-CSV-Protokoll &lt;file&gt; (--query-gpu=timestamp,index,power.draw,utilization.gpu --format=csv), als KOMPONENTE=DATEI.</translation>
    </message>
    <message>
        <source>neuron-monitor JSON output &lt;file&gt; (one report per line); matched by its instance type, or COMPONENT=FILE.</source>
        <translation>JSON-Ausgabe von neuron-monitor &lt;file&gt; (ein Bericht je Zeile); über ihren Instanztyp zugeordnet, oder KOMPONENTE=DATEI.</translation>
    </message>
    <message>
        <source>CloudWatch metric CSV &lt;file&gt; (Timestamp, InstanceId or EndpointName, MetricName, Average); matched by InstanceType, or COMPONENT=FILE.</source>
        <translation>CloudWatch-Metrik-CSV &lt;file&gt; (Timestamp, InstanceId oder EndpointName, MetricName, Average); über InstanceType zugeordnet, oder KOMPONENTE=DATEI.</translation>
    </message>
    <message>
        <source>Import what really ran (bills, AWS&apos;s carbon export, power and utilization logs), keep it in your Greenprint database and compare it with the plan: per stage and component, planned against actual hours, energy, kgCO2e and cost, and what drove the difference.</source>
        <translation>Importiert, was wirklich lief (Rechnungen, den CO₂-Export von AWS, Leistungs- und Auslastungsprotokolle), bewahrt es in Ihrer Greenprint-Datenbank auf und vergleicht es mit dem Plan: je Phase und Komponente geplante und tatsächliche Stunden, Energie, kgCO2e und Kosten, und was den Unterschied verursacht hat.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Count billed usage from day &lt;date&gt; (YYYY-MM-DD) on.</source>
        <translation>Abgerechnete Nutzung ab dem Tag &lt;date&gt; (JJJJ-MM-TT) zählen.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Count billed usage up to day &lt;date&gt; (YYYY-MM-DD).</source>
        <translation>Abgerechnete Nutzung bis zum Tag &lt;date&gt; (JJJJ-MM-TT) zählen.</translation>
    </message>
    <message>
        <source>Store the imports in the SQLite database &lt;file&gt; (default: your Greenprint database).</source>
        <translation>Die Importe in der SQLite-Datenbank &lt;file&gt; speichern (Vorgabe: Ihre Greenprint-Datenbank).</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--%1 braucht ein Datum als JJJJ-MM-TT, nicht „%2“</translation>
    </message>
    <message>
        <source>&apos;actual&apos; needs at least one file of what ran, e.g. --cur cur.csv.gz</source>
        <translation>&apos;actual&apos; braucht mindestens eine Datei dessen, was lief, z. B. --cur cur.csv.gz</translation>
    </message>
    <message>
        <source>warning: the imports are not stored: %1</source>
        <translation>Warnung: die Importe werden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Also write the PDF plan of the project with its plan-against-actual part to &lt;out.pdf&gt;.</source>
        <translation>Außerdem den PDF-Plan des Projekts mit seinem Teil Plan und Ist nach &lt;out.pdf&gt; schreiben.</translation>
    </message>
    <message>
        <source>Also write the CSV plan of the project with the plan-against-actual section to &lt;out.csv&gt;.</source>
        <translation>Außerdem den CSV-Plan des Projekts mit dem Abschnitt Plan und Ist nach &lt;out.csv&gt; schreiben.</translation>
    </message>
    <message>
        <source>Print the Amazon Athena SQL that sums a Cost and Usage Report where it lives (per day, account, region, usage type, instance type and greenprint:component tag). Run it in Athena, download the result as CSV and import it with &apos;actual --cur&apos;.</source>
        <translation>Die Amazon-Athena-SQL ausgeben, die einen Cost and Usage Report dort summiert, wo er liegt (je Tag, Konto, Region, Nutzungsart, Instanztyp und Tag greenprint:component). Führen Sie sie in Athena aus, laden Sie das Ergebnis als CSV herunter und importieren Sie es mit &apos;actual --cur&apos;.</translation>
    </message>
    <message>
        <source>The CUR table of AWS&apos;s CUR-Athena integration, e.g. cur_db.my_cur (default: cur).</source>
        <translation>Die CUR-Tabelle der CUR-Athena-Integration von AWS, z. B. cur_db.my_cur (Vorgabe: cur).</translation>
    </message>
    <message>
        <source>First day to sum (YYYY-MM-DD).</source>
        <translation>Erster zu summierender Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Last day to sum (YYYY-MM-DD).</source>
        <translation>Letzter zu summierender Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>instances: only these families, EC2 and ml. names (comma-separated, e.g. g5,p4d).</source>
        <translation>instances: nur diese Familien, EC2- und ml.-Namen (durch Kommas getrennt, z. B. g5,p4d).</translation>
    </message>
    <message>
        <source>families</source>
        <translation>Familien</translation>
    </message>
    <message>
        <source>--family applies to &apos;data instances&apos; only</source>
        <translation>--family gilt nur für „data instances“</translation>
    </message>
    <message>
        <source>unknown instance family &apos;%1&apos;</source>
        <translation>unbekannte Instanzfamilie „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would overwrite its input %2 with its output; choose another output file</source>
        <translation>&apos;%1&apos; würde seine Eingabe %2 mit seiner Ausgabe überschreiben; wählen Sie eine andere Ausgabedatei</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would write two outputs to %2; choose two file names</source>
        <translation>&apos;%1&apos; würde zwei Ausgaben nach %2 schreiben; wählen Sie zwei Dateinamen</translation>
    </message>
    <message>
        <source>error: %1: a scenario cannot be applied; nothing was written (fix or remove the scenario)</source>
        <translation>Fehler: %1: ein Szenario kann nicht angewendet werden; nichts wurde geschrieben (beheben oder entfernen Sie das Szenario)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>error: %1: scenario &quot;%2&quot;: %3</source>
        <translation>Fehler: %1: Szenario „%2“: %3</translation>
    </message>
    <message>
        <source>error: %1: %2; the plan shows it as such, never as a saving</source>
        <translation>Fehler: %1: %2; der Plan zeigt es als solches, nie als Einsparung</translation>
    </message>
    <message>
        <source>
Methodologies (project setting &quot;methodology&quot;):
  greenprint        Greenprint&apos;s own power, load-curve and embodied model
  ccf               Cloud Carbon Footprint, reproducing %1
  green-algorithms  Green Algorithms, reproducing %2
</source>
        <translation>
Methoden (Projekteinstellung &quot;methodology&quot;):
  greenprint        Greenprints eigenes Modell für Leistung, Lastkurve und graue Emissionen
  ccf               Cloud Carbon Footprint, bildet %1 nach
  green-algorithms  Green Algorithms, bildet %2 nach
</translation>
    </message>
    <message>
        <source>JSON: every figure of every component (its region, PUE, grid intensity, IT energy, range, average power and work sizing) instead of the ids and figures.</source>
        <translation>JSON: alle Zahlen jeder Komponente (Region, PUE, Netzintensität, IT-Energie, Spanne, mittlere Leistung und Bemessung aus der Arbeit) statt nur der IDs und Zahlen.</translation>
    </message>
    <message>
        <source>--detail applies to --format json only</source>
        <translation>--detail gilt nur für --format json</translation>
    </message>
    <message>
        <source>Write the project calibrated from the imports to &lt;out.greenprint&gt;: measured hours, utilization and power replace the plan&apos;s assumptions, each recorded with the file and period it came from. The project file itself is never changed. Prints what was calibrated (table or json) instead of the comparison.</source>
        <translation>Das aus den Importen kalibrierte Projekt nach &lt;out.greenprint&gt; schreiben: Gemessene Stunden, Auslastung und Leistung ersetzen die Annahmen des Plans, jeweils mit der Datei und dem Zeitraum, aus denen sie stammen. Die Projektdatei selbst wird nie geändert. Gibt statt des Vergleichs aus, was kalibriert wurde (table oder json).</translation>
    </message>
    <message>
        <source>out.greenprint</source>
        <translation>out.greenprint</translation>
    </message>
    <message>
        <source>With --calibrate: calibrate only &lt;component&gt; (its name, or stage/name as for the greenprint:component tag); repeat for several.</source>
        <translation>Mit --calibrate: nur &lt;component&gt; kalibrieren (ihr Name oder Phase/Name wie beim Tag greenprint:component); für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>component</source>
        <translation>component</translation>
    </message>
    <message>
        <source>--calibrate-only needs --calibrate OUT.greenprint</source>
        <translation>--calibrate-only braucht --calibrate OUT.greenprint</translation>
    </message>
    <message>
        <source>--calibrate prints what it calibrated as a table or json, not csv</source>
        <translation>--calibrate gibt aus, was es kalibriert hat, als table oder json, nicht als csv</translation>
    </message>
    <message>
        <source>--calibrate-only: the plan has no component &quot;%1&quot; (or several of that name: write stage/name)</source>
        <translation>--calibrate-only: Der Plan hat keine Komponente „%1“ (oder mehrere dieses Namens: schreiben Sie Phase/Name)</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n component(s) calibrated)</source>
        <translation>
            <numerusform>%1 geschrieben (%n Komponente kalibriert)</numerusform>
            <numerusform>%1 geschrieben (%n Komponenten kalibriert)</numerusform>
        </translation>
    </message>
    <message>
        <source>Commands:
  estimate FILE... [--format table|json|csv] [--scenario NAME]
                                            Estimate energy, carbon and cost of projects
  suggest FILE [--format table|json]        Rank the practices that would save carbon
  pareto FILE [--stage plan|STAGE] [--format table|json]
                                            Cost / carbon / time front of the plan
  validate FILE...                          Check project files and report every problem
  data regions|instances [--format ...]     List the reference regions or instances
  export FILE [--pdf OUT.pdf] [--csv OUT.csv] [--scenario NAME]
                                            Write the PDF and/or CSV plan of a project
  upgrade FILE -o OUT                       Rewrite a project in the current file format
  actual FILE [--cur F]... [--ccft F] [--codecarbon F] [--nvidia-smi F]
         [--neuron-monitor F] [--cloudwatch F] [--format table|json|csv]
                                            Compare the plan with what ran
  athena-sql [--table T] [--from D] [--to D] Print the Athena SQL that sums a CUR
  FILE                                      Open the project in the planner window
</source>
        <translation>Befehle:
  estimate DATEI... [--format table|json|csv] [--scenario NAME]
                                            Energie, CO₂e und Kosten von Projekten schätzen
  suggest DATEI [--format table|json]       Die Praktiken nach CO₂e-Ersparnis ordnen
  pareto DATEI [--stage plan|PHASE] [--format table|json]
                                            Kosten-/CO₂e-/Zeit-Front des Plans
  validate DATEI...                         Projektdateien prüfen und jedes Problem melden
  data regions|instances [--format ...]     Die Referenzregionen oder -instanzen auflisten
  export DATEI [--pdf AUS.pdf] [--csv AUS.csv] [--scenario NAME]
                                            Den PDF- und/oder CSV-Plan eines Projekts schreiben
  upgrade DATEI -o AUS                      Ein Projekt im aktuellen Dateiformat neu schreiben
  actual DATEI [--cur D]... [--ccft D] [--codecarbon D] [--nvidia-smi D]
         [--neuron-monitor D] [--cloudwatch D] [--format table|json|csv]
                                            Den Plan mit dem vergleichen, was lief
  athena-sql [--table T] [--from D] [--to D] Die Athena-SQL ausgeben, die einen CUR summiert
  DATEI                                     Das Projekt im Planungsfenster öffnen
</translation>
    </message>
    <message>
        <source>Print the ways to run the whole plan (one region for every stage, the advisor&apos;s hardware moves per stage) or one stage (region x instance) that no other way beats on kgCO2e, cost and hours at once.</source>
        <translation>Die Möglichkeiten ausgeben, den ganzen Plan (eine Region für jede Phase, die Hardwarewechsel des Beraters je Phase) oder eine Phase (Region x Instanz) auszuführen, die keine andere Möglichkeit bei kgCO2e, Kosten und Stunden zugleich schlägt.</translation>
    </message>
    <message>
        <source>plan (default) or a stage: data-processing, model-building, training, inference.</source>
        <translation>plan (Standard) oder eine Phase: data-processing, model-building, training, inference.</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>unknown stage &apos;%1&apos;; use plan, %2</source>
        <translation>unbekannte Phase &apos;%1&apos;; verwenden Sie plan, %2</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Ganzer Plan</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Möglichkeit</translation>
    </message>
    <message>
        <source>Not offered, though no offered way beats them (%1):
</source>
        <translation>Nicht angeboten, obwohl keine angebotene Möglichkeit sie schlägt (%1):
</translation>
    </message>
    <message>
        <source>To check before you plan on it:
</source>
        <translation>Vor der Planung zu prüfen:
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n way(s) on the front (kgCO2e, USD, hours) among %2 evaluated.

</source>
        <translation>
            <numerusform>%1: %n Möglichkeit auf der Front (kgCO2e, USD, Stunden) unter %2 bewerteten.

</numerusform>
            <numerusform>%1: %n Möglichkeiten auf der Front (kgCO2e, USD, Stunden) unter %2 bewerteten.

</numerusform>
        </translation>
    </message>
</context>
</TS>
