<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO">
  <context>
    <name>ContactItem</name>
    <message>
      <location filename="../../desktop_app/ui/canvas/items.py" line="120" />
      <source>Importance %1 of 100</source>
      <translation>Viktighet %1 av 100</translation>
    </message>
  </context>
  <context>
    <name>CoveragePanel</name>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="41" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="41" />
      <source>Reach</source>
      <translation>Tilgang</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="41" />
      <source>Routes</source>
      <translation>Veier</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="55" />
      <source>What if … leaves?</source>
      <translation>Hva om … slutter?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="101" />
      <source>Choose a person</source>
      <translation>Velg en person</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="133" />
      <source>%1 of %2 (%3 %)</source>
      <translation>%1 av %2 (%3 %)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="136" />
      <source>strong</source>
      <translation>sterk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="136" />
      <source>medium</source>
      <translation>middels</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="136" />
      <source>weak</source>
      <translation>svak</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="136" />
      <source>none</source>
      <translation>ingen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="144" />
      <source>No map open</source>
      <translation>Ingen kart er åpent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="145" />
      <source>No account: mark an organisation as a customer or choose the map's account.</source>
      <translation>Ingen kunde: merk en organisasjon som kunde, eller velg kartets kunde.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="147" />
      <location filename="../../desktop_app/ui/panels/coverage.py" line="153" />
      <source>Account</source>
      <translation>Kunde</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="154" />
      <source>Decision makers and influencers</source>
      <translation>Beslutningstakere og påvirkere</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="155" />
      <source>Reached by strong ties</source>
      <translation>Nådd gjennom sterke bånd</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="156" />
      <source>Reached by any tie</source>
      <translation>Nådd i det hele tatt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="158" />
      <source>Through our people</source>
      <translation>Gjennom våre folk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="165" />
      <source>A single person or tie could cut this access off.</source>
      <translation>Én enkelt person eller ett bånd kan kutte denne tilgangen.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="174" />
      <source>Choose one of the people to see what the account would lose.</source>
      <translation>Velg en av personene for å se hva dere ville miste hos kunden.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="181" />
      <source>Without %1:</source>
      <translation>Uten %1:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="182" />
      <source>reached by any tie %1, was %2</source>
      <translation>nådd i det hele tatt: %1, var %2</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="184" />
      <source>reached by strong ties %1, was %2</source>
      <translation>nådd gjennom sterke bånd: %1, var %2</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="190" />
      <source>Lost access to: %1</source>
      <translation>Mister tilgangen til: %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="192" />
      <source>Only weaker access to: %1</source>
      <translation>Bare svakere tilgang til: %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="196" />
      <source>Route to %1 is lost: %2</source>
      <translation>Veien til %1 går tapt: %2</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="199" />
      <source>Route to %1: %2 becomes %3</source>
      <translation>Veien til %1: %2 blir %3</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="202" />
      <source>The account would not lose any access.</source>
      <translation>Dere ville ikke miste noen tilgang hos kunden.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/coverage.py" line="203" />
      <source>The map is not changed.</source>
      <translation>Kartet blir ikke endret.</translation>
    </message>
  </context>
  <context>
    <name>FindingsPanel</name>
    <message>
      <location filename="../../desktop_app/ui/panels/findings.py" line="57" />
      <source>High</source>
      <translation>Høy</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/findings.py" line="57" />
      <source>Medium</source>
      <translation>Middels</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/findings.py" line="57" />
      <source>Low</source>
      <translation>Lav</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/findings.py" line="64" />
      <source>No map open</source>
      <translation>Ingen kart er åpent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/findings.py" line="67" />
      <source>Nothing to report: no findings.</source>
      <translation>Ingenting å melde: ingen funn.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/findings.py" line="71" />
      <source>Findings: %1</source>
      <translation>Funn: %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/findings.py" line="77" />
      <source>Suggested action:</source>
      <translation>Forslag til tiltak:</translation>
    </message>
  </context>
  <context>
    <name>ImportExport</name>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="85" />
      <source>GraphML (yEd, Cytoscape)</source>
      <translation>GraphML (yEd, Cytoscape)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="86" />
      <source>GEXF (Gephi)</source>
      <translation>GEXF (Gephi)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="87" />
      <source>Knute JSON</source>
      <translation>Knute JSON</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="88" />
      <source>vCard Address Book</source>
      <translation>vCard-adressebok</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="89" />
      <source>LinkedIn Connections</source>
      <translation>LinkedIn-kontakter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="90" />
      <source>CSV Table</source>
      <translation>CSV-tabell</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="91" />
      <source>Excel Workbook</source>
      <translation>Excel-arbeidsbok</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="115" />
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="131" />
      <location filename="../../desktop_app/ui/import_export.py" line="137" />
      <location filename="../../desktop_app/ui/import_export.py" line="140" />
      <location filename="../../desktop_app/ui/import_export.py" line="154" />
      <source>Could not import %1</source>
      <translation>Kunne ikke importere %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="144" />
      <source>Nothing to import</source>
      <translation>Ingenting å importere</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="144" />
      <source>Everything in %1 is already in the map.</source>
      <translation>Alt i %1 finnes allerede i kartet.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="151" />
      <location filename="../../desktop_app/ui/import_export.py" line="178" />
      <source>Import %1</source>
      <translation>Importer %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="157" />
      <source>Imported %1</source>
      <translation>Importerte %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="166" />
      <source>New organisations: %1</source>
      <translation>Nye organisasjoner: %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="167" />
      <source>New contacts: %1</source>
      <translation>Nye kontakter: %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="168" />
      <source>New ties: %1</source>
      <translation>Nye relasjoner: %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="169" />
      <source>Updated: %1</source>
      <translation>Oppdatert: %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="170" />
      <source>Skipped: %1</source>
      <translation>Hoppet over: %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="179" />
      <source>Import this into the map? It is one step you can undo.</source>
      <translation>Importere dette til kartet? Det er ett steg du kan angre.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="186" />
      <source>Some rows cannot be read</source>
      <translation>Noen rader kan ikke leses</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="187" />
      <source>Skip these and import the rest?</source>
      <translation>Hoppe over disse og importere resten?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="196" />
      <source>Export</source>
      <translation>Eksporter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="208" />
      <source>Could not export</source>
      <translation>Kunne ikke eksportere</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="210" />
      <source>Exported to %1</source>
      <translation>Eksporterte til %1</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="68" />
      <source>Properties</source>
      <translation>Egenskaper</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="79" />
      <source>Findings</source>
      <translation>Funn</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="80" />
      <source>Coverage</source>
      <translation>Dekning</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="81" />
      <source>Path Finder</source>
      <translation>Veifinner</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="92" />
      <source>Analysing…</source>
      <translation>Analyserer …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="93" />
      <source>Updating the network scores in the background</source>
      <translation>Oppdaterer nettverkstallene i bakgrunnen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="128" />
      <source>&amp;New Map…</source>
      <translation>&amp;Nytt kart …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="128" />
      <source>Create an empty map</source>
      <translation>Lag et tomt kart</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="129" />
      <source>&amp;Open…</source>
      <translation>Å&amp;pne …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="129" />
      <source>Open a map</source>
      <translation>Åpne et kart</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="131" />
      <source>Save a &amp;Copy…</source>
      <translation>Lagre en &amp;kopi …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="132" />
      <source>Save a complete copy of this map to share or keep</source>
      <translation>Lagre en fullstendig kopi av kartet for å dele eller ta vare på det</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="134" />
      <source>&amp;Rename Map…</source>
      <translation>&amp;Gi kartet nytt navn …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="134" />
      <source>Change the map's title</source>
      <translation>Endre kartets tittel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="136" />
      <source>Map &amp;Settings…</source>
      <translation>Kart&amp;innstillinger …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="137" />
      <source>The map's title, key account, and how tie quality is scored</source>
      <translation>Kartets tittel, nøkkelkunde og hvordan relasjonskvalitet beregnes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="140" />
      <source>Open the &amp;Example Map</source>
      <translation>Åpne &amp;eksempelkartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="141" />
      <source>Open a fresh copy of the Best Lokalt Røros example</source>
      <translation>Åpne en ny kopi av eksempelet Best Lokalt Røros</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="143" />
      <source>&amp;Quit</source>
      <translation>&amp;Avslutt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="145" />
      <source>&amp;Undo</source>
      <translation>&amp;Angre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="147" />
      <source>&amp;Redo</source>
      <translation>&amp;Gjør om</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="149" />
      <source>&amp;Fit to Map</source>
      <translation>&amp;Tilpass til kartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="150" />
      <source>Zoom &amp;In</source>
      <translation>Zoom &amp;inn</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="151" />
      <source>Zoom &amp;Out</source>
      <translation>Zoom &amp;ut</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="152" />
      <source>&amp;About Knute</source>
      <translation>&amp;Om Knute</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="157" />
      <source>&amp;File</source>
      <translation>&amp;Fil</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="160" />
      <source>Open &amp;Recent</source>
      <translation>Åpne &amp;nylig brukt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="165" />
      <source>&amp;Import</source>
      <translation>&amp;Importer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="166" />
      <source>&amp;Export</source>
      <translation>&amp;Eksporter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="167" />
      <source>Network &amp;Plan (PDF)…</source>
      <translation>Nettverks&amp;plan (PDF) …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="168" />
      <source>The map, findings, coverage and action plan as a PDF for the account review</source>
      <translation>Kartet, funnene, dekningen og handlingsplanen som PDF til kundegjennomgangen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="180" />
      <source>&amp;Edit</source>
      <translation>R&amp;ediger</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="184" />
      <source>&amp;View</source>
      <translation>&amp;Vis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="192" />
      <source>&amp;Language</source>
      <translation>&amp;Språk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="194" />
      <source>System Default</source>
      <translation>Som systemet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="202" />
      <source>&amp;Help</source>
      <translation>&amp;Hjelp</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="214" />
      <source>No recent maps</source>
      <translation>Ingen nylig brukte kart</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="218" />
      <source>Clear List</source>
      <translation>Tøm listen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="232" />
      <source>The last map, %1, is no longer there.</source>
      <translation>Det siste kartet, %1, finnes ikke lenger.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="241" />
      <source>Could not open the map</source>
      <translation>Kunne ikke åpne kartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="253" />
      <location filename="../../desktop_app/ui/main_window.py" line="259" />
      <source>Could not create the map</source>
      <translation>Kunne ikke lage kartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="253" />
      <source>This map is open: choose another name.</source>
      <translation>Dette kartet er åpent: velg et annet navn.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="268" />
      <source>Could not copy the example map</source>
      <translation>Kunne ikke kopiere eksempelkartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="272" />
      <source>A copy of the example map was saved as %1</source>
      <translation>En kopi av eksempelkartet ble lagret som %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="301" />
      <source>Opened read-only</source>
      <translation>Åpnet skrivebeskyttet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="323" />
      <source> [read-only]</source>
      <translation> [skrivebeskyttet]</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="326" />
      <source>Read-only</source>
      <translation>Skrivebeskyttet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="329" />
      <source>%1 organisations · %2 contacts · %3 ties</source>
      <translation>%1 organisasjoner · %2 kontakter · %3 relasjoner</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="340" />
      <source>New Map</source>
      <translation>Nytt kart</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="340" />
      <location filename="../../desktop_app/ui/main_window.py" line="345" />
      <location filename="../../desktop_app/ui/main_window.py" line="353" />
      <source>Knute maps (*.knute)</source>
      <translation>Knute-kart (*.knute)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="345" />
      <source>Open Map</source>
      <translation>Åpne kart</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="353" />
      <source>Save a Copy</source>
      <translation>Lagre en kopi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="365" />
      <source>Could not save the copy</source>
      <translation>Kunne ikke lagre kopien</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="367" />
      <source>Saved a copy as %1</source>
      <translation>Lagret en kopi som %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="377" />
      <location filename="../../desktop_app/ui/main_window.py" line="388" />
      <source>Rename Map</source>
      <translation>Gi kartet nytt navn</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="377" />
      <source>Title:</source>
      <translation>Tittel:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="390" />
      <source>Could not rename the map</source>
      <translation>Kunne ikke gi kartet nytt navn</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="400" />
      <source>Could not write the network plan</source>
      <translation>Kunne ikke skrive nettverksplanen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="402" />
      <source>Wrote the network plan to %1</source>
      <translation>Skrev nettverksplanen til %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="404" />
      <source>The network plan was cancelled; no file was written.</source>
      <translation>Nettverksplanen ble avbrutt; ingen fil ble skrevet.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="419" />
      <source>Change Map Settings</source>
      <translation>Endre kartinnstillinger</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="422" />
      <source>Could not change the map settings</source>
      <translation>Kunne ikke endre kartinnstillingene</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="428" />
      <source>&lt;h3&gt;Knute %1&lt;/h3&gt;&lt;p&gt;Relationship maps for key account management: who knows whom, how strong the ties are, and where an account hangs on one person.&lt;/p&gt;&lt;p&gt;Works offline. Every change is saved at once in the map file.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Knute %1&lt;/h3&gt;&lt;p&gt;Relasjonskart for kundeansvarlige (KAM): hvem som kjenner hvem, hvor sterke relasjonene er, og hvor en kunde henger på én person.&lt;/p&gt;&lt;p&gt;Virker uten nett. Hver endring lagres straks i kartfilen.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="432" />
      <source>About Knute</source>
      <translation>Om Knute</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="486" />
      <source>The change could not be saved</source>
      <translation>Endringen kunne ikke lagres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="487" />
      <source>The map on screen matches the file. The undo history was cleared.</source>
      <translation>Kartet på skjermen stemmer med filen. Angrehistorikken ble tømt.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="496" />
      <source>Knute will use the chosen language the next time it starts.</source>
      <translation>Knute bruker det valgte språket neste gang programmet starter.</translation>
    </message>
  </context>
  <context>
    <name>MapSettingsDialog</name>
    <message>
      <location filename="../../desktop_app/ui/dialogs/map_settings.py" line="37" />
      <source>Map Settings</source>
      <translation>Kartinnstillinger</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/map_settings.py" line="41" />
      <source>Map</source>
      <translation>Kart</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/map_settings.py" line="46" />
      <source>(none)</source>
      <translation>(ingen)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/map_settings.py" line="50" />
      <source>Title:</source>
      <translation>Tittel:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/map_settings.py" line="51" />
      <source>Author:</source>
      <translation>Forfatter:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/map_settings.py" line="52" />
      <source>Key account:</source>
      <translation>Nøkkelkunde:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/map_settings.py" line="55" />
      <source>Tie quality</source>
      <translation>Relasjonskvalitet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/map_settings.py" line="58" />
      <source>Quality is the weighted mean of the rated dimensions, from 0 to 100. Equal weights treat the four as equally important.</source>
      <translation>Kvaliteten er det vektede snittet av de vurderte dimensjonene, fra 0 til 100. Like vekter regner de fire som like viktige.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/map_settings.py" line="64" />
      <source>Weight of acquaintance:</source>
      <translation>Vekt for bekjentskap:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/map_settings.py" line="65" />
      <source>Weight of availability:</source>
      <translation>Vekt for tilgjengelighet:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/map_settings.py" line="66" />
      <source>Weight of trust:</source>
      <translation>Vekt for fortrolighet:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/map_settings.py" line="67" />
      <source>Weight of support:</source>
      <translation>Vekt for støtte:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/map_settings.py" line="79" />
      <source>After this many days without contact, the part of a tie's quality that fades is halved.</source>
      <translation>Etter så mange dager uten kontakt er den delen av relasjonskvaliteten som svekkes, halvert.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/map_settings.py" line="80" />
      <source>Half-life of contact:</source>
      <translation>Halveringstid for kontakt:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/map_settings.py" line="83" />
      <source>Strong from:</source>
      <translation>Sterk fra:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/map_settings.py" line="84" />
      <source>Weak below:</source>
      <translation>Svak under:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/map_settings.py" line="86" />
      <source>Not tended after:</source>
      <translation>Ikke pleiet etter:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/map_settings.py" line="104" />
      <source> days</source>
      <translation> dager</translation>
    </message>
  </context>
  <context>
    <name>PathFinderPanel</name>
    <message>
      <location filename="../../desktop_app/ui/panels/path_finder.py" line="50" />
      <source>Clear</source>
      <translation>Tøm</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/path_finder.py" line="53" />
      <source>From:</source>
      <translation>Fra:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/path_finder.py" line="54" />
      <source>To:</source>
      <translation>Til:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/path_finder.py" line="105" />
      <source>Our people</source>
      <translation>Våre folk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/path_finder.py" line="144" />
      <source>Choose whom you want to reach.</source>
      <translation>Velg hvem du vil nå.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/path_finder.py" line="147" />
      <source>No path: nobody in the map connects them.</source>
      <translation>Ingen vei: ingen i kartet knytter dem sammen.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/path_finder.py" line="150" />
      <source>Strongest path</source>
      <translation>Sterkeste vei</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/path_finder.py" line="151" />
      <source>The shortest path is the same.</source>
      <translation>Den korteste veien er den samme.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/path_finder.py" line="153" />
      <source>Shortest path</source>
      <translation>Korteste vei</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/path_finder.py" line="163" />
      <source>steps: %1, strength %2</source>
      <translation>steg: %1, styrke %2</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/path_finder.py" line="167" />
      <source>unrated</source>
      <translation>ikke vurdert</translation>
    </message>
  </context>
  <context>
    <name>PlanExport</name>
    <message>
      <location filename="../../desktop_app/ui/plan_export.py" line="77" />
      <source>Export Network Plan</source>
      <translation>Eksporter nettverksplan</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/plan_export.py" line="77" />
      <source>PDF documents (*.pdf)</source>
      <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/plan_export.py" line="87" />
      <source>Writing the network plan…</source>
      <translation>Skriver nettverksplanen …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/plan_export.py" line="87" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/plan_export.py" line="88" />
      <source>Network Plan</source>
      <translation>Nettverksplan</translation>
    </message>
  </context>
  <context>
    <name>PropertiesPanel</name>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="79" />
      <source>No map open</source>
      <translation>Ingen kart åpent</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop_app/ui/panels/properties.py" line="83" />
      <source>%n items selected</source>
      <translation>
        <numerusform>%n element valgt</numerusform>
        <numerusform>%n elementer valgt</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="108" />
      <location filename="../../desktop_app/ui/panels/properties.py" line="142" />
      <source>Description</source>
      <translation>Beskrivelse</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="109" />
      <source>Author</source>
      <translation>Forfatter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="111" />
      <source>Account</source>
      <translation>Kunde</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="112" />
      <source>Organisations</source>
      <translation>Organisasjoner</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="113" />
      <source>Contacts</source>
      <translation>Kontakter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="114" />
      <location filename="../../desktop_app/ui/panels/properties.py" line="135" />
      <source>Ties</source>
      <translation>Relasjoner</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="115" />
      <source>Actions</source>
      <translation>Tiltak</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="116" />
      <source>File</source>
      <translation>Fil</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="122" />
      <source>Title</source>
      <translation>Tittel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="123" />
      <source>Organisation</source>
      <translation>Organisasjon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="124" />
      <source>Buying-centre role</source>
      <translation>Rolle i kjøpegruppen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="125" />
      <source>Attitude</source>
      <translation>Holdning</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="126" />
      <source>Influence</source>
      <translation>Innflytelse</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="129" />
      <source>Importance</source>
      <translation>Viktighet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="130" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="131" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="132" />
      <location filename="../../desktop_app/ui/panels/properties.py" line="146" />
      <source>Resources</source>
      <translation>Ressurser</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="133" />
      <location filename="../../desktop_app/ui/panels/properties.py" line="147" />
      <source>Tags</source>
      <translation>Stikkord</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="134" />
      <location filename="../../desktop_app/ui/panels/properties.py" line="148" />
      <location filename="../../desktop_app/ui/panels/properties.py" line="183" />
      <source>Notes</source>
      <translation>Notater</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="141" />
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="143" />
      <source>Employees</source>
      <translation>Ansatte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="144" />
      <source>Revenue (MNOK)</source>
      <translation>Omsetning (MNOK)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="145" />
      <source>Website</source>
      <translation>Nettsted</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="149" />
      <source>Members</source>
      <translation>Medlemmer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="156" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="158" />
      <source>Acquaintance</source>
      <translation>Bekjentskap</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="159" />
      <source>Availability</source>
      <translation>Tilgjengelighet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="160" />
      <source>Trust</source>
      <translation>Fortrolighet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="161" />
      <source>Support</source>
      <translation>Støtte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="165" />
      <source>unrated</source>
      <translation>ikke vurdert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="166" />
      <source>Quality</source>
      <translation>Kvalitet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="167" />
      <source>Class</source>
      <translation>Klasse</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="168" />
      <source>How it is scored</source>
      <translation>Slik er den beregnet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="171" />
      <source>not rated</source>
      <translation>ikke vurdert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="173" />
      <source>(+%1 points)</source>
      <translation>(+%1 poeng)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="175" />
      <source>Closeness</source>
      <translation>Nærhet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="176" />
      <source>Why the tie exists</source>
      <translation>Hvorfor relasjonen finnes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="178" />
      <source>Cooperation</source>
      <translation>Samarbeid</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="179" />
      <source>Competition</source>
      <translation>Konkurranse</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="181" />
      <source>Last contact</source>
      <translation>Siste kontakt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="182" />
      <source>Interactions</source>
      <translation>Kontaktpunkter</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../desktop_app/ui/welcome.py" line="18" />
      <source>No map is open</source>
      <translation>Ingen kart er åpent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/welcome.py" line="20" />
      <source>Create a map, open one, or start from the Røros example.</source>
      <translation>Lag et kart, åpne et, eller begynn med Røros-eksempelet.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/welcome.py" line="26" />
      <source>New Map…</source>
      <translation>Nytt kart …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/welcome.py" line="27" />
      <source>Open Map…</source>
      <translation>Åpne kart …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/welcome.py" line="28" />
      <source>Open the Example Map</source>
      <translation>Åpne eksempelkartet</translation>
    </message>
  </context>
</TS>