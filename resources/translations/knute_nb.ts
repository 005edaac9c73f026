<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../desktop_app/ui/about.py" line="37" />
      <source>About Knute</source>
      <translation>Om Knute</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/about.py" line="50" />
      <source>&lt;h3&gt;Knute %1&lt;/h3&gt;&lt;p&gt;Relationship maps for key account management: who knows whom, how strong the ties are, and where an account hangs on one person.&lt;/p&gt;&lt;p&gt;Works offline. Every change is saved at once in the map file.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Knute %1&lt;/h3&gt;&lt;p&gt;Relasjonskart for kundeansvarlige (KAM): hvem som kjenner hvem, hvor sterke relasjonene er, og hvor en kunde henger på én person.&lt;/p&gt;&lt;p&gt;Virker uten nett. Hver endring lagres straks i kartfilen.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/about.py" line="54" />
      <source>Licence: %1</source>
      <translation>Lisens: %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/about.py" line="54" />
      <source>No licence is stated.</source>
      <translation>Ingen lisens er oppgitt.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/about.py" line="62" />
      <source>Your maps:</source>
      <translation>Kartene dine:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/about.py" line="62" />
      <source>Settings:</source>
      <translation>Innstillinger:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/about.py" line="66" />
      <source>Open Folder</source>
      <translation>Åpne mappe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/about.py" line="67" />
      <source>Show this folder in the file manager</source>
      <translation>Vis denne mappen i filbehandleren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/about.py" line="100" />
      <source>Could not open %1.</source>
      <translation>Kunne ikke åpne %1.</translation>
    </message>
  </context>
  <context>
    <name>ActionDelegate</name>
    <message>
      <location filename="../../desktop_app/ui/panels/action_editors.py" line="106" />
      <source>(none)</source>
      <translation>(ingen)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_editors.py" line="107" />
      <source>(no owner)</source>
      <translation>(ingen ansvarlig)</translation>
    </message>
  </context>
  <context>
    <name>ActionDialog</name>
    <message>
      <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="31" />
      <source>Add Action</source>
      <translation>Legg til tiltak</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="37" />
      <source>What will be done, e.g. Invite the CFO to lunch</source>
      <translation>Hva skal gjøres, f.eks. Inviter økonomisjefen på lunsj</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="39" />
      <source>(nothing in particular)</source>
      <translation>(ikke noe bestemt)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="47" />
      <source>(no owner)</source>
      <translation>(ingen ansvarlig)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="60" />
      <source>(none)</source>
      <translation>(ingen)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="68" />
      <source>&amp;What:</source>
      <translation>&amp;Hva:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="68" />
      <source>&amp;For:</source>
      <translation>&amp;Gjelder:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="68" />
      <source>&amp;Owner:</source>
      <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="69" />
      <source>&amp;Due:</source>
      <translation>&amp;Frist:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="69" />
      <source>&amp;Status:</source>
      <translation>&amp;Status:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="69" />
      <source>&amp;Intent:</source>
      <translation>H&amp;ensikt:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="70" />
      <source>&amp;Note:</source>
      <translation>&amp;Notat:</translation>
    </message>
  </context>
  <context>
    <name>ActionPlanController</name>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="261" />
      <source>Action Plan</source>
      <translation>Handlingsplan</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="263" />
      <source>Show or hide the action plan and the account goals</source>
      <translation>Vis eller skjul handlingsplanen og målene for kundene</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="323" />
      <source>Edit Action</source>
      <translation>Endre tiltak</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="323" />
      <source>Could not change the action</source>
      <translation>Kunne ikke endre tiltaket</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="326" />
      <source>Add Action</source>
      <translation>Legg til tiltak</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="326" />
      <source>Could not add the action</source>
      <translation>Kunne ikke legge til tiltaket</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="334" />
      <source>Delete Action</source>
      <translation>Slett tiltak</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="334" />
      <source>Delete %n Actions</source>
      <translation>
        <numerusform>Slett %n tiltak</numerusform>
        <numerusform>Slett %n tiltak</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="335" />
      <source>Could not delete the actions</source>
      <translation>Kunne ikke slette tiltakene</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="365" />
      <source>Edit Goal</source>
      <translation>Endre mål</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="365" />
      <source>Could not change the goal</source>
      <translation>Kunne ikke endre målet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="368" />
      <source>Add Goal</source>
      <translation>Legg til mål</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="368" />
      <source>Could not add the goal</source>
      <translation>Kunne ikke legge til målet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="372" />
      <source>Delete Goal</source>
      <translation>Slett mål</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="372" />
      <source>Delete %n Goals</source>
      <translation>
        <numerusform>Slett %n mål</numerusform>
        <numerusform>Slett %n mål</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="373" />
      <source>Could not delete the goals</source>
      <translation>Kunne ikke slette målene</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="408" />
      <source>Add Action…</source>
      <translation>Legg til tiltak …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="409" />
      <source>Plan an action for this person, organisation or tie</source>
      <translation>Planlegg et tiltak for denne personen, organisasjonen eller relasjonen</translation>
    </message>
  </context>
  <context>
    <name>ActionPlanPanel</name>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="71" />
      <source>Owner</source>
      <translation>Ansvarlig</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="73" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="74" />
      <source>Any status</source>
      <translation>Alle statuser</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="75" />
      <source>Open (planned or in progress)</source>
      <translation>Åpne (planlagt eller pågår)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="78" />
      <source>Overdue only</source>
      <translation>Bare forfalte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="109" />
      <source>Add Action…</source>
      <translation>Legg til tiltak …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="111" />
      <source>Delete</source>
      <translation>Slett</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="112" />
      <source>Delete the selected actions (Del)</source>
      <translation>Slett de valgte tiltakene (Del)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="116" />
      <source>Owner:</source>
      <translation>Ansvarlig:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="118" />
      <source>Status:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="186" />
      <source>Everyone</source>
      <translation>Alle</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="186" />
      <source>No owner</source>
      <translation>Uten ansvarlig</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="205" />
      <source>%1 of %2 actions</source>
      <translation>%1 av %2 tiltak</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_plan.py" line="207" />
      <source>%1 overdue</source>
      <translation>%1 forfalt</translation>
    </message>
  </context>
  <context>
    <name>ActionTableModel</name>
    <message>
      <location filename="../../desktop_app/ui/panels/action_model.py" line="62" />
      <source>What</source>
      <translation>Hva</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_model.py" line="62" />
      <source>For</source>
      <translation>Gjelder</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_model.py" line="62" />
      <source>Owner</source>
      <translation>Ansvarlig</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_model.py" line="62" />
      <source>Due</source>
      <translation>Frist</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_model.py" line="62" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_model.py" line="63" />
      <source>Intent</source>
      <translation>Hensikt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_model.py" line="63" />
      <source>Note</source>
      <translation>Notat</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_model.py" line="129" />
      <source>Overdue: it was due %1</source>
      <translation>Forfalt: fristen var %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_model.py" line="133" />
      <source>Overdue</source>
      <translation>Forfalt</translation>
    </message>
  </context>
  <context>
    <name>AggregateTieItem</name>
    <message>
      <location filename="../../desktop_app/ui/canvas/collapse.py" line="56" />
      <source>A tie of someone in a collapsed organisation</source>
      <translation>En relasjon til noen i en sammenslått organisasjon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/collapse.py" line="57" />
      <source>%n ties of people in a collapsed organisation</source>
      <translation>%n relasjoner til folk i en sammenslått organisasjon</translation>
    </message>
  </context>
  <context>
    <name>CanvasAppearance</name>
    <message>
      <location filename="../../desktop_app/ui/canvas/appearance.py" line="70" />
      <source>&amp;Colour By</source>
      <translation>&amp;Farge etter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/appearance.py" line="74" />
      <source>Actor &amp;Category</source>
      <translation>Aktør&amp;kategori</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/appearance.py" line="75" />
      <source>Colour contacts and organisations by the organisation's actor category</source>
      <translation>Farg kontakter og organisasjoner etter organisasjonens aktørkategori</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/appearance.py" line="76" />
      <source>&amp;Attitude</source>
      <translation>&amp;Holdning</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/appearance.py" line="77" />
      <source>Colour contacts by their attitude to us: supporter, neutral, sceptic, unknown</source>
      <translation>Farg kontakter etter holdningen deres til oss: støttespiller, nøytral, skeptiker, ukjent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/appearance.py" line="87" />
      <source>Show &amp;Legend</source>
      <translation>Vis &amp;tegnforklaring</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/appearance.py" line="90" />
      <source>Show what the colours, sizes, lines and arrows on the map mean</source>
      <translation>Vis hva fargene, størrelsene, linjene og pilene på kartet betyr</translation>
    </message>
  </context>
  <context>
    <name>CanvasEditor</name>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="70" />
      <source>A tie cannot join a node to itself.</source>
      <translation>En forbindelse kan ikke gå fra en node til seg selv.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="99" />
      <source>New &amp;Contact</source>
      <translation>Ny &amp;kontakt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="100" />
      <source>Add a contact (or double-click empty canvas)</source>
      <translation>Legg til en kontakt (eller dobbeltklikk på tomt lerret)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="102" />
      <source>New &amp;Organisation</source>
      <translation>Ny &amp;organisasjon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="102" />
      <source>Add an organisation</source>
      <translation>Legg til en organisasjon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="103" />
      <source>Re&amp;name</source>
      <translation>Gi nytt &amp;navn</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="103" />
      <source>Rename the selected node on the canvas</source>
      <translation>Gi den valgte noden nytt navn på lerretet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="105" />
      <source>&amp;Delete</source>
      <translation>&amp;Slett</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="106" />
      <source>Delete the selection; a node takes its ties along</source>
      <translation>Slett utvalget; en node tar med seg forbindelsene sine</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="108" />
      <source>Cu&amp;t</source>
      <translation>Klipp &amp;ut</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="109" />
      <source>&amp;Copy</source>
      <translation>&amp;Kopier</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="110" />
      <source>&amp;Paste</source>
      <translation>&amp;Lim inn</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="111" />
      <source>D&amp;uplicate</source>
      <translation>D&amp;upliser</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="112" />
      <source>Select &amp;All</source>
      <translation>Merk &amp;alt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="114" />
      <source>Zoom to &amp;Selection</source>
      <translation>Zoom til &amp;utvalget</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="114" />
      <source>Fit the selected items in the view</source>
      <translation>Tilpass visningen til de valgte elementene</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="115" />
      <source>Contact</source>
      <translation>Kontakt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="115" />
      <source>Organisation</source>
      <translation>Organisasjon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="134" />
      <source>&lt;opened&gt;</source>
      <translation>&lt;åpnet&gt;</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="135" />
      <source>History</source>
      <translation>Historikk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="141" />
      <source>&amp;History</source>
      <translation>&amp;Historikk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="143" />
      <source>Every change since the map was opened; click a step to go back to it</source>
      <translation>Alle endringer siden kartet ble åpnet; klikk på et steg for å gå tilbake dit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="184" />
      <source>The change was not made</source>
      <translation>Endringen ble ikke gjort</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="257" />
      <source>New Contact and Tie</source>
      <translation>Ny kontakt og forbindelse</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="259" />
      <source>New Organisation</source>
      <translation>Ny organisasjon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="259" />
      <source>New Contact</source>
      <translation>Ny kontakt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="264" />
      <source>Organisation name</source>
      <translation>Organisasjonens navn</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="264" />
      <source>Contact name</source>
      <translation>Kontaktens navn</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="289" />
      <source>Rename %1</source>
      <translation>Gi nytt navn til %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="292" />
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="305" />
      <source>New Tie %1 – %2</source>
      <translation>Ny forbindelse %1 – %2</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="306" />
      <source>No tie was drawn</source>
      <translation>Ingen forbindelse ble tegnet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="312" />
      <source>Tie drawn. Rate it in the Properties panel: acquaintance, availability, trust, support.</source>
      <translation>Forbindelsen er tegnet. Vurder den i egenskapspanelet: kjennskap, tilgjengelighet, tillit, støtte.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="336" />
      <source>Move %1</source>
      <translation>Flytt %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="337" />
      <source>Move %1 Nodes</source>
      <translation>Flytt %1 noder</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="342" />
      <source>The nodes were not moved</source>
      <translation>Nodene ble ikke flyttet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="369" />
      <source>%1 Items</source>
      <translation>%1 elementer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="370" />
      <source>Delete %1</source>
      <translation>Slett %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="375" />
      <source>Deleted a tie.</source>
      <translation>Slettet en forbindelse.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="375" />
      <source>Deleted %1 ties.</source>
      <translation>Slettet %1 forbindelser.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="377" />
      <source>Deleted %1.</source>
      <translation>Slettet %1.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="379" />
      <source>Deleted %1 and the tie along with it.</source>
      <translation>Slettet %1 og forbindelsen sammen med den.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="381" />
      <source>Deleted %1 and %2 ties along with it.</source>
      <translation>Slettet %1 og %2 forbindelser sammen med den.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="382" />
      <source>Undo brings them back.</source>
      <translation>Angre henter dem tilbake.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="406" />
      <source>Copied a node.</source>
      <translation>Kopierte én node.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="406" />
      <source>Copied %1 nodes.</source>
      <translation>Kopierte %1 noder.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="416" />
      <source>The clipboard holds no Knute contacts or ties.</source>
      <translation>Utklippstavlen inneholder ingen kontakter eller forbindelser fra Knute.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="421" />
      <location filename="../../desktop_app/ui/canvas/editor.py" line="445" />
      <source>Could not paste</source>
      <translation>Kunne ikke lime inn</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="444" />
      <source>Paste a Node</source>
      <translation>Lim inn én node</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="444" />
      <source>Paste %1 Nodes</source>
      <translation>Lim inn %1 noder</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="461" />
      <source>New Contact Here</source>
      <translation>Ny kontakt her</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="462" />
      <source>New Organisation Here</source>
      <translation>Ny organisasjon her</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/editor.py" line="474" />
      <source>New Member of %1</source>
      <translation>Nytt medlem av %1</translation>
    </message>
  </context>
  <context>
    <name>ColumnMappingDialog</name>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="48" />
      <source>Import %1</source>
      <translation>Importer %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="53" />
      <source>Choose what each column of %1 holds. The preview below shows the first rows as they will be imported.</source>
      <translation>Velg hva hver kolonne i %1 inneholder. Forhåndsvisningen under viser de første radene slik de blir importert.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="59" />
      <source>The file is:</source>
      <translation>Filen er:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="60" />
      <source>a contact list (one person per row)</source>
      <translation>en kontaktliste (én person per rad)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="61" />
      <source>a tie list (one tie per row, between people in the map)</source>
      <translation>en relasjonsliste (én relasjon per rad, mellom personer i kartet)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="71" />
      <source>Column in the file</source>
      <translation>Kolonne i filen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="71" />
      <source>First value</source>
      <translation>Første verdi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="72" />
      <source>Import as</source>
      <translation>Importer som</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="83" />
      <source>(column %1)</source>
      <translation>(kolonne %1)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="109" />
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="122" />
      <source>(ignore)</source>
      <translation>(ignorer)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="123" />
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="138" />
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="123" />
      <source>First name</source>
      <translation>Fornavn</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="123" />
      <source>Last name</source>
      <translation>Etternavn</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="124" />
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="138" />
      <source>Organisation</source>
      <translation>Organisasjon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="124" />
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="138" />
      <source>Title</source>
      <translation>Tittel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="124" />
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="139" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="125" />
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="139" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="125" />
      <source>Buying-centre role</source>
      <translation>Rolle i kjøpegruppen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="125" />
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="140" />
      <source>Attitude</source>
      <translation>Holdning</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="126" />
      <source>Influence (1–5)</source>
      <translation>Innflytelse (1–5)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="126" />
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="140" />
      <source>Tags</source>
      <translation>Stikkord</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="126" />
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="141" />
      <source>Notes</source>
      <translation>Notater</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="127" />
      <source>From (name or e-mail)</source>
      <translation>Fra (navn eller e-post)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="127" />
      <source>To (name or e-mail)</source>
      <translation>Til (navn eller e-post)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="128" />
      <source>Tie type</source>
      <translation>Relasjonstype</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="128" />
      <source>Acquaintance (1–5)</source>
      <translation>Bekjentskap (1–5)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="129" />
      <source>Availability (1–5)</source>
      <translation>Tilgjengelighet (1–5)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="129" />
      <source>Trust (1–5)</source>
      <translation>Fortrolighet (1–5)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="130" />
      <source>Support (1–5)</source>
      <translation>Støtte (1–5)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="130" />
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="143" />
      <source>Closeness</source>
      <translation>Nærhet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="131" />
      <source>Cooperation (1–5)</source>
      <translation>Samarbeid (1–5)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="131" />
      <source>Competition (1–5)</source>
      <translation>Konkurranse (1–5)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="132" />
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="145" />
      <source>Last contact</source>
      <translation>Siste kontakt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="139" />
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="140" />
      <source>Influence</source>
      <translation>Innflytelse</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="141" />
      <source>From</source>
      <translation>Fra</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="141" />
      <source>To</source>
      <translation>Til</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="141" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="142" />
      <source>Acquaintance</source>
      <translation>Bekjentskap</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="142" />
      <source>Availability</source>
      <translation>Tilgjengelighet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="143" />
      <source>Trust</source>
      <translation>Fortrolighet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="143" />
      <source>Support</source>
      <translation>Støtte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="144" />
      <source>Cooperation</source>
      <translation>Samarbeid</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="144" />
      <source>Competition</source>
      <translation>Konkurranse</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="184" />
      <source>Choose the columns that hold the two ends of each tie: From and To.</source>
      <translation>Velg kolonnene som inneholder de to endene av hver relasjon: Fra og Til.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="185" />
      <source>Choose the column that holds the name (or the columns with the first and last name).</source>
      <translation>Velg kolonnen som inneholder navnet (eller kolonnene med fornavn og etternavn).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="197" />
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="211" />
      <source>Preview: the first rows of the file, as they will be imported.</source>
      <translation>Forhåndsvisning: de første radene i filen, slik de blir importert.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop_app/ui/dialogs/column_mapping.py" line="213" />
      <source>Rows that cannot be read: %n (you will be asked before they are left out).</source>
      <translation>
        <numerusform>Rader som ikke kan leses: %n (du blir spurt før de utelates).</numerusform>
        <numerusform>Rader som ikke kan leses: %n (du blir spurt før de utelates).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ComboField</name>
    <message>
      <location filename="../../desktop_app/ui/panels/property_fields.py" line="220" />
      <source>Several values</source>
      <translation>Flere verdier</translation>
    </message>
  </context>
  <context>
    <name>ContactEditor</name>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="18" />
      <source>Identity</source>
      <translation>Identitet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="19" />
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="19" />
      <source>Change Name</source>
      <translation>Endre navn</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="20" />
      <source>Title</source>
      <translation>Tittel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="20" />
      <source>Change Title</source>
      <translation>Endre tittel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="21" />
      <source>Organisation</source>
      <translation>Organisasjon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="21" />
      <source>Change Organisation</source>
      <translation>Endre organisasjon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="23" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="23" />
      <source>Change E-mail</source>
      <translation>Endre e-post</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="24" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="24" />
      <source>Change Phone</source>
      <translation>Endre telefon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="26" />
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="27" />
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="58" />
      <source>(none)</source>
      <translation>(ingen)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="29" />
      <source>Buying-centre role</source>
      <translation>Rolle i kjøpegruppen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="29" />
      <source>Change Buying-centre Role</source>
      <translation>Endre rolle i kjøpegruppen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="33" />
      <source>Attitude</source>
      <translation>Holdning</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="33" />
      <source>Change Attitude</source>
      <translation>Endre holdning</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="35" />
      <source>Influence</source>
      <translation>Innflytelse</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="35" />
      <source>Change Influence</source>
      <translation>Endre innflytelse</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="36" />
      <source>Importance</source>
      <translation>Viktighet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="38" />
      <source>Resources</source>
      <translation>Ressurser</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="38" />
      <source>Change Resources</source>
      <translation>Endre ressurser</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="42" />
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="44" />
      <source>Notes</source>
      <translation>Notater</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="43" />
      <source>Tags</source>
      <translation>Stikkord</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="43" />
      <source>Change Tags</source>
      <translation>Endre stikkord</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="44" />
      <source>Change Notes</source>
      <translation>Endre notater</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="45" />
      <source>Ties</source>
      <translation>Relasjoner</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop_app/ui/panels/contact_editor.py" line="53" />
      <source>%n contacts selected</source>
      <translation>
        <numerusform>%n kontakt valgt</numerusform>
        <numerusform>%n kontakter valgt</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ContactItem</name>
    <message>
      <location filename="../../desktop_app/ui/canvas/items.py" line="213" />
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
    <name>DateField</name>
    <message>
      <location filename="../../desktop_app/ui/widgets/date_field.py" line="25" />
      <location filename="../../desktop_app/ui/widgets/date_field.py" line="59" />
      <source>YYYY-MM-DD</source>
      <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/widgets/date_field.py" line="31" />
      <location filename="../../desktop_app/ui/widgets/date_field.py" line="32" />
      <source>Pick a date</source>
      <translation>Velg en dato</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/widgets/date_field.py" line="36" />
      <location filename="../../desktop_app/ui/widgets/date_field.py" line="37" />
      <source>Clear the date</source>
      <translation>Fjern datoen</translation>
    </message>
  </context>
  <context>
    <name>DateFieldBinding</name>
    <message>
      <location filename="../../desktop_app/ui/panels/property_fields.py" line="313" />
      <source>Several values</source>
      <translation>Flere verdier</translation>
    </message>
  </context>
  <context>
    <name>DueDateEditor</name>
    <message>
      <location filename="../../desktop_app/ui/panels/action_editors.py" line="44" />
      <source>No date</source>
      <translation>Ingen dato</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_editors.py" line="49" />
      <source>No due date</source>
      <translation>Ingen frist</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/action_editors.py" line="50" />
      <source>Clear the due date</source>
      <translation>Fjern fristen</translation>
    </message>
  </context>
  <context>
    <name>ExportImageDialog</name>
    <message>
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="250" />
      <source>Export Canvas as PNG</source>
      <translation>Eksporter kartet som PNG</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="250" />
      <source>Export Canvas as SVG</source>
      <translation>Eksporter kartet som SVG</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="251" />
      <source>The &amp;whole map</source>
      <translation>&amp;Hele kartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="252" />
      <source>The &amp;visible area</source>
      <translation>Det &amp;synlige området</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="259" />
      <source>%1× the screen</source>
      <translation>%1× skjermen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="261" />
      <source>Include the &amp;legend</source>
      <translation>Ta med &amp;tegnforklaringen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="269" />
      <source>Area:</source>
      <translation>Område:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="271" />
      <source>Resolution:</source>
      <translation>Oppløsning:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="295" />
      <source>%1 × %2 pixels</source>
      <translation>%1 × %2 piksler</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="295" />
      <source>%1 × %2 units (vector)</source>
      <translation>%1 × %2 enheter (vektor)</translation>
    </message>
  </context>
  <context>
    <name>FilterController</name>
    <message>
      <location filename="../../desktop_app/ui/filters.py" line="162" />
      <source>Filter</source>
      <translation>Filter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/filters.py" line="168" />
      <source>F&amp;ilter…</source>
      <translation>F&amp;ilter …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/filters.py" line="170" />
      <location filename="../../desktop_app/ui/filters.py" line="259" />
      <source>Hide contacts, organisations or ties by category, role, attitude, type or strength</source>
      <translation>Skjul kontakter, organisasjoner eller relasjoner etter kategori, rolle, holdning, type eller styrke</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/filters.py" line="173" />
      <source>Show &amp;All</source>
      <translation>Vis &amp;alt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/filters.py" line="174" />
      <source>Clear the filter: show every contact, organisation and tie</source>
      <translation>Fjern filteret: vis alle kontakter, organisasjoner og relasjoner</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/filters.py" line="251" />
      <source>Filtered: %1 of %2 contacts, %3 of %4 ties shown</source>
      <translation>Filtrert: %1 av %2 kontakter, %3 av %4 relasjoner vises</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/filters.py" line="254" />
      <source>Show All</source>
      <translation>Vis alt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/filters.py" line="293" />
      <location filename="../../desktop_app/ui/filters.py" line="298" />
      <source>Hide All: %1</source>
      <translation>Skjul alle: %1</translation>
    </message>
  </context>
  <context>
    <name>FilterPanel</name>
    <message>
      <location filename="../../desktop_app/ui/filters.py" line="75" />
      <source>Show on the map</source>
      <translation>Vis i kartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/filters.py" line="83" />
      <source>Actor category</source>
      <translation>Aktørkategori</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/filters.py" line="84" />
      <source>No category</source>
      <translation>Ingen kategori</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/filters.py" line="85" />
      <source>Buying-centre role</source>
      <translation>Rolle i kjøpegruppen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/filters.py" line="86" />
      <source>No role</source>
      <translation>Ingen rolle</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/filters.py" line="87" />
      <source>Attitude</source>
      <translation>Holdning</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/filters.py" line="88" />
      <source>Tie type</source>
      <translation>Relasjonstype</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/filters.py" line="89" />
      <source>Tie strength</source>
      <translation>Relasjonsstyrke</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/filters.py" line="90" />
      <source>Strong</source>
      <translation>Sterk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/filters.py" line="90" />
      <source>Medium</source>
      <translation>Middels</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/filters.py" line="91" />
      <source>Weak</source>
      <translation>Svak</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/filters.py" line="91" />
      <source>Unrated</source>
      <translation>Uvurdert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/filters.py" line="109" />
      <source>Filters only hide; nothing is deleted.</source>
      <translation>Filtre skjuler bare; ingenting slettes.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/filters.py" line="113" />
      <source>Show All</source>
      <translation>Vis alt</translation>
    </message>
  </context>
  <context>
    <name>FindingsPanel</name>
    <message>
      <location filename="../../desktop_app/ui/panels/findings.py" line="66" />
      <location filename="../../desktop_app/ui/panels/findings.py" line="149" />
      <source>Turn into Action…</source>
      <translation>Gjør om til tiltak …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/findings.py" line="67" />
      <source>Plan an action from the selected finding's suggestion</source>
      <translation>Planlegg et tiltak ut fra forslaget i det valgte funnet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/findings.py" line="82" />
      <source>High</source>
      <translation>Høy</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/findings.py" line="82" />
      <source>Medium</source>
      <translation>Middels</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/findings.py" line="82" />
      <source>Low</source>
      <translation>Lav</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/findings.py" line="92" />
      <source>No map open</source>
      <translation>Ingen kart er åpent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/findings.py" line="95" />
      <source>Nothing to report: no findings.</source>
      <translation>Ingenting å melde: ingen funn.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/findings.py" line="99" />
      <source>Findings: %1</source>
      <translation>Funn: %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/findings.py" line="106" />
      <source>Suggested action:</source>
      <translation>Forslag til tiltak:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/findings.py" line="147" />
      <source>Show on the Map</source>
      <translation>Vis i kartet</translation>
    </message>
  </context>
  <context>
    <name>FrameItem</name>
    <message>
      <location filename="../../desktop_app/ui/canvas/frames.py" line="94" />
      <source>Its people are hidden. Click + or double-click here to show them.</source>
      <translation>Folkene er skjult. Klikk + eller dobbeltklikk her for å vise dem.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/frames.py" line="96" />
      <source>Click − or double-click here to collapse the organisation to one node.</source>
      <translation>Klikk − eller dobbeltklikk her for å slå sammen organisasjonen til én node.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/frames.py" line="98" />
      <source>%n person</source>
      <translation>%n person</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/frames.py" line="99" />
      <source>%n people</source>
      <translation>%n personer</translation>
    </message>
  </context>
  <context>
    <name>GoalDialog</name>
    <message>
      <location filename="../../desktop_app/ui/dialogs/goal_dialog.py" line="30" />
      <source>Add Goal</source>
      <translation>Legg til mål</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/goal_dialog.py" line="38" />
      <source>e.g. Become the hotel's regular supplier of cured meats</source>
      <translation>f.eks. Bli hotellets faste leverandør av spekemat</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/goal_dialog.py" line="45" />
      <source>How we get there</source>
      <translation>Hvordan vi når dit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/goal_dialog.py" line="47" />
      <source>&amp;Account:</source>
      <translation>&amp;Kunde:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/goal_dialog.py" line="47" />
      <source>&amp;Goal:</source>
      <translation>&amp;Mål:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/goal_dialog.py" line="48" />
      <source>&amp;Horizon:</source>
      <translation>&amp;Tidshorisont:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/dialogs/goal_dialog.py" line="48" />
      <source>&amp;Strategy:</source>
      <translation>&amp;Strategi:</translation>
    </message>
  </context>
  <context>
    <name>GoalTableModel</name>
    <message>
      <location filename="../../desktop_app/ui/panels/goals.py" line="70" />
      <source>Goal</source>
      <translation>Mål</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/goals.py" line="70" />
      <source>Horizon</source>
      <translation>Tidshorisont</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/goals.py" line="70" />
      <source>Strategy</source>
      <translation>Strategi</translation>
    </message>
  </context>
  <context>
    <name>GoalsSection</name>
    <message>
      <location filename="../../desktop_app/ui/panels/goals.py" line="136" />
      <source>Account goals</source>
      <translation>Mål for kunden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/goals.py" line="139" />
      <source>Account</source>
      <translation>Kunde</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/goals.py" line="158" />
      <source>No goals for this account yet.</source>
      <translation>Ingen mål for denne kunden ennå.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/goals.py" line="160" />
      <source>Add Goal…</source>
      <translation>Legg til mål …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/goals.py" line="162" />
      <source>Delete</source>
      <translation>Slett</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/goals.py" line="163" />
      <source>Delete the selected goals (Del)</source>
      <translation>Slett de valgte målene (Del)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/goals.py" line="171" />
      <source>Account:</source>
      <translation>Kunde:</translation>
    </message>
  </context>
  <context>
    <name>ImageExport</name>
    <message>
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="79" />
      <source>%1 × %2 pixels is too large to export. Choose a smaller scale, zoom out, or export the visible area.</source>
      <translation>%1 × %2 piksler er for stort til å eksporteres. Velg en mindre skala, zoom ut eller eksporter det synlige området.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="128" />
      <source>Canvas as &amp;PNG Image…</source>
      <translation>Kartet som &amp;PNG-bilde …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="129" />
      <source>Save the map as it looks on the screen, as a PNG image</source>
      <translation>Lagre kartet slik det ser ut på skjermen, som et PNG-bilde</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="131" />
      <source>Canvas as &amp;SVG Drawing…</source>
      <translation>Kartet som &amp;SVG-tegning …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="132" />
      <source>Save the map as it looks on the screen, as an SVG vector drawing</source>
      <translation>Lagre kartet slik det ser ut på skjermen, som en SVG-vektortegning</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="165" />
      <source>Export Canvas as PNG</source>
      <translation>Eksporter kartet som PNG</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="166" />
      <source>PNG images (*.png)</source>
      <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="168" />
      <source>Export Canvas as SVG</source>
      <translation>Eksporter kartet som SVG</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="169" />
      <source>SVG drawings (*.svg)</source>
      <translation>SVG-tegninger (*.svg)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="197" />
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="200" />
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="205" />
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="214" />
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="236" />
      <source>Could not export the canvas</source>
      <translation>Kunne ikke eksportere kartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="197" />
      <source>The map is empty: there is nothing to draw.</source>
      <translation>Kartet er tomt: det er ingenting å tegne.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="206" />
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="237" />
      <source>%1 cannot be written: %2</source>
      <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="214" />
      <source>There is not enough memory for an image this large.</source>
      <translation>Det er ikke nok minne til et så stort bilde.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="230" />
      <source>A relationship map exported from Knute</source>
      <translation>Et relasjonskart eksportert fra Knute</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/export_image.py" line="239" />
      <source>Exported the canvas to %1</source>
      <translation>Eksporterte kartet til %1</translation>
    </message>
  </context>
  <context>
    <name>ImportExport</name>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="108" />
      <source>GraphML (yEd, Cytoscape)</source>
      <translation>GraphML (yEd, Cytoscape)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="109" />
      <source>GEXF (Gephi)</source>
      <translation>GEXF (Gephi)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="110" />
      <source>Knute JSON</source>
      <translation>Knute JSON</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="111" />
      <source>vCard Address Book</source>
      <translation>vCard-adressebok</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="112" />
      <source>LinkedIn Connections</source>
      <translation>LinkedIn-kontakter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="113" />
      <source>CSV Table</source>
      <translation>CSV-tabell</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="114" />
      <source>Excel Workbook</source>
      <translation>Excel-arbeidsbok</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="138" />
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="222" />
      <location filename="../../desktop_app/ui/import_export.py" line="252" />
      <source>Import of %1 cancelled; the map is unchanged.</source>
      <translation>Importen av %1 ble avbrutt; kartet er uendret.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="228" />
      <location filename="../../desktop_app/ui/import_export.py" line="262" />
      <source>Could not import %1</source>
      <translation>Kunne ikke importere %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="228" />
      <source>The map changed while %1 was being read, so nothing was imported. Import it again.</source>
      <translation>Kartet ble endret mens %1 ble lest, så ingenting ble importert. Importer den på nytt.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="238" />
      <source>Nothing to import</source>
      <translation>Ingenting å importere</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="238" />
      <source>Everything in %1 is already in the map.</source>
      <translation>Alt i %1 finnes allerede i kartet.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="246" />
      <location filename="../../desktop_app/ui/import_export.py" line="281" />
      <source>Import %1</source>
      <translation>Importer %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="255" />
      <source>Imported %1</source>
      <translation>Importerte %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="267" />
      <source>New organisations: %1</source>
      <translation>Nye organisasjoner: %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="268" />
      <source>New contacts: %1</source>
      <translation>Nye kontakter: %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="269" />
      <source>New ties: %1</source>
      <translation>Nye relasjoner: %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="270" />
      <source>Updated: %1</source>
      <translation>Oppdatert: %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="271" />
      <source>Skipped: %1</source>
      <translation>Hoppet over: %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="275" />
      <source>… and %1 more</source>
      <translation>… og %1 til</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="282" />
      <source>Import this into the map? It is one step you can undo.</source>
      <translation>Importere dette til kartet? Det er ett steg du kan angre.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="289" />
      <source>Some rows cannot be read</source>
      <translation>Noen rader kan ikke leses</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="290" />
      <source>Skip these and import the rest?</source>
      <translation>Hoppe over disse og importere resten?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="299" />
      <source>Export</source>
      <translation>Eksporter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="311" />
      <source>Could not export</source>
      <translation>Kunne ikke eksportere</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_export.py" line="313" />
      <source>Exported to %1</source>
      <translation>Eksporterte til %1</translation>
    </message>
  </context>
  <context>
    <name>ImportRunner</name>
    <message>
      <location filename="../../desktop_app/ui/import_worker.py" line="141" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_worker.py" line="142" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_worker.py" line="157" />
      <source>Reading %1…</source>
      <translation>Leser %1 …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/import_worker.py" line="173" />
      <source>Cancelling…</source>
      <translation>Avbryter …</translation>
    </message>
  </context>
  <context>
    <name>InteractionsEditor</name>
    <message>
      <location filename="../../desktop_app/ui/panels/interactions_editor.py" line="64" />
      <location filename="../../desktop_app/ui/panels/interactions_editor.py" line="106" />
      <source>Date</source>
      <translation>Dato</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/interactions_editor.py" line="64" />
      <location filename="../../desktop_app/ui/panels/interactions_editor.py" line="107" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/interactions_editor.py" line="64" />
      <location filename="../../desktop_app/ui/panels/interactions_editor.py" line="108" />
      <source>Note</source>
      <translation>Notat</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/interactions_editor.py" line="68" />
      <source>Interactions</source>
      <translation>Kontaktpunkter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/interactions_editor.py" line="75" />
      <source>No interactions logged yet.</source>
      <translation>Ingen kontaktpunkter registrert ennå.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/interactions_editor.py" line="79" />
      <source>Add…</source>
      <translation>Legg til…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/interactions_editor.py" line="80" />
      <source>Log a meeting, call, e-mail or event on this tie</source>
      <translation>Registrer et møte, en telefonsamtale, en e-post eller et arrangement på denne relasjonen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/interactions_editor.py" line="82" />
      <source>Edit…</source>
      <translation>Rediger…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/interactions_editor.py" line="84" />
      <source>Delete</source>
      <translation>Slett</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/interactions_editor.py" line="103" />
      <source>What happened, what was agreed</source>
      <translation>Hva skjedde, hva ble avtalt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/interactions_editor.py" line="113" />
      <source>Save</source>
      <translation>Lagre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/interactions_editor.py" line="115" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/interactions_editor.py" line="237" />
      <source>Add Interaction</source>
      <translation>Legg til kontaktpunkt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/interactions_editor.py" line="242" />
      <source>Change Interaction</source>
      <translation>Endre kontaktpunkt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/interactions_editor.py" line="262" />
      <source>Delete Interaction</source>
      <translation>Slett kontaktpunkt</translation>
    </message>
  </context>
  <context>
    <name>LayoutActions</name>
    <message>
      <location filename="../../desktop_app/ui/layout_actions.py" line="55" />
      <source>&amp;Force-Directed</source>
      <translation>&amp;Kraftbasert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/layout_actions.py" line="55" />
      <source>Force-Directed Layout</source>
      <translation>Kraftbasert oppsett</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/layout_actions.py" line="56" />
      <source>Strong ties pull people close; each organisation keeps its people around it</source>
      <translation>Sterke relasjoner trekker folk nær hverandre; hver organisasjon holder sine folk rundt seg</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/layout_actions.py" line="57" />
      <source>&amp;Circular</source>
      <translation>&amp;Sirkel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/layout_actions.py" line="57" />
      <source>Circular Layout</source>
      <translation>Sirkeloppsett</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/layout_actions.py" line="58" />
      <source>Each organisation with its people in a ring, the organisations round a circle</source>
      <translation>Hver organisasjon med sine folk i en ring, organisasjonene rundt en sirkel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/layout_actions.py" line="59" />
      <source>&amp;Hierarchical</source>
      <translation>&amp;Hierarkisk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/layout_actions.py" line="59" />
      <source>Hierarchical Layout</source>
      <translation>Hierarkisk oppsett</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/layout_actions.py" line="60" />
      <source>Who reports to whom, top-down, each organisation above its people</source>
      <translation>Hvem som rapporterer til hvem, ovenfra og ned, hver organisasjon over sine folk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/layout_actions.py" line="61" />
      <source>&amp;Account View</source>
      <translation>K&amp;undevisning</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/layout_actions.py" line="61" />
      <source>Account View Layout</source>
      <translation>Oppsett som kundevisning</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/layout_actions.py" line="62" />
      <source>Our organisation on the left, the key account's organisation chart on the right</source>
      <translation>Vår organisasjon til venstre, nøkkelkundens organisasjonskart til høyre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/layout_actions.py" line="124" />
      <location filename="../../desktop_app/ui/layout_actions.py" line="296" />
      <source>Arrange as &amp;Organisation Chart</source>
      <translation>Ordne som &amp;organisasjonskart</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/layout_actions.py" line="125" />
      <source>The selected organisation's people under it, by who reports to whom</source>
      <translation>Folkene i den valgte organisasjonen under den, etter hvem som rapporterer til hvem</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/layout_actions.py" line="177" />
      <source>No key account</source>
      <translation>Ingen nøkkelkunde</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/layout_actions.py" line="178" />
      <source>The account view puts the key account's organisation chart opposite ours. Choose the key account under File → Map Settings first.</source>
      <translation>Kundevisningen stiller nøkkelkundens organisasjonskart opp mot vårt. Velg nøkkelkunden under Fil → Kartinnstillinger først.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/layout_actions.py" line="187" />
      <source>Arranging the map…</source>
      <translation>Ordner kartet …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/layout_actions.py" line="202" />
      <source>No one to arrange</source>
      <translation>Ingen å ordne</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/layout_actions.py" line="203" />
      <source>%1 has no people yet. Add members first (right-click the organisation → New Member).</source>
      <translation>%1 har ingen personer ennå. Legg til medlemmer først (høyreklikk organisasjonen → Nytt medlem).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/layout_actions.py" line="208" />
      <source>Arrange %1 as Organisation Chart</source>
      <translation>Ordne %1 som organisasjonskart</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/layout_actions.py" line="228" />
      <location filename="../../desktop_app/ui/layout_actions.py" line="253" />
      <source>Could not arrange the map</source>
      <translation>Kunne ikke ordne kartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/layout_actions.py" line="256" />
      <source>The map is already arranged this way.</source>
      <translation>Kartet er allerede ordnet slik.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/layout_actions.py" line="289" />
      <source>Arrange</source>
      <translation>Ordne</translation>
    </message>
  </context>
  <context>
    <name>LineField</name>
    <message>
      <location filename="../../desktop_app/ui/panels/property_fields.py" line="141" />
      <source>Several values</source>
      <translation>Flere verdier</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="84" />
      <source>Properties</source>
      <translation>Egenskaper</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="95" />
      <source>Findings</source>
      <translation>Funn</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="96" />
      <source>Coverage</source>
      <translation>Dekning</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="97" />
      <source>Path Finder</source>
      <translation>Veifinner</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="108" />
      <source>Analysing…</source>
      <translation>Analyserer …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="109" />
      <source>Updating the network scores in the background</source>
      <translation>Oppdaterer nettverkstallene i bakgrunnen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="113" />
      <source>Main Toolbar</source>
      <translation>Hovedverktøylinje</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="162" />
      <source>&amp;New Map…</source>
      <translation>&amp;Nytt kart …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="162" />
      <source>Create an empty map</source>
      <translation>Lag et tomt kart</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="163" />
      <source>&amp;Open…</source>
      <translation>Å&amp;pne …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="163" />
      <source>Open a map</source>
      <translation>Åpne et kart</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="165" />
      <source>Save a &amp;Copy…</source>
      <translation>Lagre en &amp;kopi …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="166" />
      <source>Save a complete copy of this map to share or keep</source>
      <translation>Lagre en fullstendig kopi av kartet for å dele eller ta vare på det</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="168" />
      <source>&amp;Rename Map…</source>
      <translation>&amp;Gi kartet nytt navn …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="168" />
      <source>Change the map's title</source>
      <translation>Endre kartets tittel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="170" />
      <source>Map &amp;Settings…</source>
      <translation>Kart&amp;innstillinger …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="171" />
      <source>The map's title, key account, and how tie quality is scored</source>
      <translation>Kartets tittel, nøkkelkunde og hvordan relasjonskvalitet beregnes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="174" />
      <source>Open the &amp;Example Map</source>
      <translation>Åpne &amp;eksempelkartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="175" />
      <source>Open a fresh copy of the Best Lokalt Røros example</source>
      <translation>Åpne en ny kopi av eksempelet Best Lokalt Røros</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="178" />
      <source>New &amp;Window</source>
      <translation>Nytt &amp;vindu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="179" />
      <source>Open another window, to work on two maps side by side</source>
      <translation>Åpne et nytt vindu for å arbeide med to kart side om side</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="181" />
      <source>&amp;Quit</source>
      <translation>&amp;Avslutt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="183" />
      <source>&amp;Undo</source>
      <translation>&amp;Angre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="185" />
      <source>&amp;Redo</source>
      <translation>&amp;Gjør om</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="187" />
      <source>&amp;Fit to Map</source>
      <translation>&amp;Tilpass til kartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="188" />
      <source>Zoom &amp;In</source>
      <translation>Zoom &amp;inn</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="189" />
      <source>Zoom &amp;Out</source>
      <translation>Zoom &amp;ut</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="190" />
      <source>&amp;About Knute</source>
      <translation>&amp;Om Knute</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="195" />
      <source>&amp;File</source>
      <translation>&amp;Fil</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="199" />
      <source>Open &amp;Recent</source>
      <translation>Åpne &amp;nylig brukt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="204" />
      <source>&amp;Import</source>
      <translation>&amp;Importer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="205" />
      <source>&amp;Export</source>
      <translation>&amp;Eksporter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="206" />
      <source>Network &amp;Plan (PDF)…</source>
      <translation>Nettverks&amp;plan (PDF) …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="207" />
      <source>The map, findings, coverage and action plan as a PDF for the account review</source>
      <translation>Kartet, funnene, dekningen og handlingsplanen som PDF til kundegjennomgangen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="221" />
      <source>&amp;Edit</source>
      <translation>R&amp;ediger</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="225" />
      <source>&amp;View</source>
      <translation>&amp;Vis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="233" />
      <source>&amp;Language</source>
      <translation>&amp;Språk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="235" />
      <source>System Default</source>
      <translation>Som systemet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="243" />
      <source>&amp;Arrange</source>
      <translation>&amp;Ordne</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="245" />
      <source>&amp;Help</source>
      <translation>&amp;Hjelp</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="257" />
      <source>No recent maps</source>
      <translation>Ingen nylig brukte kart</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="261" />
      <source>Clear List</source>
      <translation>Tøm listen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="275" />
      <source>The last map, %1, is no longer there.</source>
      <translation>Det siste kartet, %1, finnes ikke lenger.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="286" />
      <source>Could not open the map</source>
      <translation>Kunne ikke åpne kartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="298" />
      <location filename="../../desktop_app/ui/main_window.py" line="304" />
      <source>Could not create the map</source>
      <translation>Kunne ikke lage kartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="298" />
      <source>This map is open: choose another name.</source>
      <translation>Dette kartet er åpent: velg et annet navn.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="313" />
      <source>Could not copy the example map</source>
      <translation>Kunne ikke kopiere eksempelkartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="317" />
      <source>A copy of the example map was saved as %1</source>
      <translation>En kopi av eksempelkartet ble lagret som %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="356" />
      <source>Opened read-only</source>
      <translation>Åpnet skrivebeskyttet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="378" />
      <source> [read-only]</source>
      <translation> [skrivebeskyttet]</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="381" />
      <source>Read-only</source>
      <translation>Skrivebeskyttet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="384" />
      <source>%1 organisations · %2 contacts · %3 ties</source>
      <translation>%1 organisasjoner · %2 kontakter · %3 relasjoner</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="395" />
      <source>New Map</source>
      <translation>Nytt kart</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="395" />
      <location filename="../../desktop_app/ui/main_window.py" line="400" />
      <location filename="../../desktop_app/ui/main_window.py" line="408" />
      <source>Knute maps (*.knute)</source>
      <translation>Knute-kart (*.knute)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="400" />
      <source>Open Map</source>
      <translation>Åpne kart</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="408" />
      <source>Save a Copy</source>
      <translation>Lagre en kopi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="420" />
      <source>Could not save the copy</source>
      <translation>Kunne ikke lagre kopien</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="422" />
      <source>Saved a copy as %1</source>
      <translation>Lagret en kopi som %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="432" />
      <location filename="../../desktop_app/ui/main_window.py" line="443" />
      <source>Rename Map</source>
      <translation>Gi kartet nytt navn</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="432" />
      <source>Title:</source>
      <translation>Tittel:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="445" />
      <source>Could not rename the map</source>
      <translation>Kunne ikke gi kartet nytt navn</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="455" />
      <source>Could not write the network plan</source>
      <translation>Kunne ikke skrive nettverksplanen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="457" />
      <source>Wrote the network plan to %1</source>
      <translation>Skrev nettverksplanen til %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="459" />
      <source>The network plan was cancelled; no file was written.</source>
      <translation>Nettverksplanen ble avbrutt; ingen fil ble skrevet.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="474" />
      <source>Change Map Settings</source>
      <translation>Endre kartinnstillinger</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="477" />
      <source>Could not change the map settings</source>
      <translation>Kunne ikke endre kartinnstillingene</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="538" />
      <source>The change could not be saved</source>
      <translation>Endringen kunne ikke lagres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="539" />
      <source>The map on screen matches the file. The undo history was cleared.</source>
      <translation>Kartet på skjermen stemmer med filen. Angrehistorikken ble tømt.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="548" />
      <source>Knute will use the chosen language the next time it starts.</source>
      <translation>Knute bruker det valgte språket neste gang programmet starter.</translation>
    </message>
  </context>
  <context>
    <name>MapLegend</name>
    <message>
      <location filename="../../desktop_app/ui/canvas/legend.py" line="87" />
      <source>Colour: attitude to us</source>
      <translation>Farge: holdning til oss</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/legend.py" line="91" />
      <source>Colour: actor category</source>
      <translation>Farge: aktørkategori</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/legend.py" line="93" />
      <source>No organisation</source>
      <translation>Ingen organisasjon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/legend.py" line="95" />
      <source>Ties by quality</source>
      <translation>Relasjoner etter kvalitet</translation>
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
    <name>MapView</name>
    <message>
      <location filename="../../desktop_app/ui/canvas/view.py" line="188" />
      <source>Drag to another node to draw a tie</source>
      <translation>Dra til en annen node for å tegne en forbindelse</translation>
    </message>
  </context>
  <context>
    <name>Minimap</name>
    <message>
      <location filename="../../desktop_app/ui/canvas/minimap.py" line="72" />
      <source>Overview of the whole map: click or drag to move the view</source>
      <translation>Oversikt over hele kartet: klikk eller dra for å flytte visningen</translation>
    </message>
  </context>
  <context>
    <name>MixedEditor</name>
    <message>
      <location filename="../../desktop_app/ui/panels/mixed_editor.py" line="23" />
      <source>Shared fields</source>
      <translation>Felles felt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/mixed_editor.py" line="24" />
      <source>Selected</source>
      <translation>Valgt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/mixed_editor.py" line="26" />
      <source>Resources</source>
      <translation>Ressurser</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/mixed_editor.py" line="26" />
      <source>Change Resources</source>
      <translation>Endre ressurser</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/mixed_editor.py" line="29" />
      <source>Tags</source>
      <translation>Stikkord</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/mixed_editor.py" line="29" />
      <source>Change Tags</source>
      <translation>Endre stikkord</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/mixed_editor.py" line="30" />
      <source>Notes</source>
      <translation>Notater</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/mixed_editor.py" line="30" />
      <source>Change Notes</source>
      <translation>Endre notater</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/mixed_editor.py" line="53" />
      <source>contacts: %1</source>
      <translation>kontakter: %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/mixed_editor.py" line="55" />
      <source>organisations: %1</source>
      <translation>organisasjoner: %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/mixed_editor.py" line="57" />
      <source>ties: %1</source>
      <translation>relasjoner: %1</translation>
    </message>
  </context>
  <context>
    <name>Navigation</name>
    <message>
      <location filename="../../desktop_app/ui/navigation.py" line="31" />
      <source>O&amp;verview</source>
      <translation>O&amp;versikt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/navigation.py" line="34" />
      <source>A small picture of the whole map in the corner of the view when the map is bigger than the view</source>
      <translation>Et lite bilde av hele kartet i hjørnet av visningen når kartet er større enn visningen</translation>
    </message>
  </context>
  <context>
    <name>NotesField</name>
    <message>
      <location filename="../../desktop_app/ui/panels/property_fields.py" line="186" />
      <source>Several values</source>
      <translation>Flere verdier</translation>
    </message>
  </context>
  <context>
    <name>OrganisationEditor</name>
    <message>
      <location filename="../../desktop_app/ui/panels/organisation_editor.py" line="26" />
      <source>Identity</source>
      <translation>Identitet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/organisation_editor.py" line="27" />
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/organisation_editor.py" line="27" />
      <source>Change Name</source>
      <translation>Endre navn</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/organisation_editor.py" line="29" />
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/organisation_editor.py" line="29" />
      <source>Change Category</source>
      <translation>Endre kategori</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/organisation_editor.py" line="30" />
      <source>(none)</source>
      <translation>(ingen)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/organisation_editor.py" line="33" />
      <source>Description</source>
      <translation>Beskrivelse</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/organisation_editor.py" line="33" />
      <source>Change Description</source>
      <translation>Endre beskrivelse</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/organisation_editor.py" line="35" />
      <source>Website</source>
      <translation>Nettsted</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/organisation_editor.py" line="35" />
      <source>Change Website</source>
      <translation>Endre nettsted</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/organisation_editor.py" line="37" />
      <source>Size</source>
      <translation>Størrelse</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/organisation_editor.py" line="38" />
      <source>Employees</source>
      <translation>Ansatte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/organisation_editor.py" line="38" />
      <source>Change Employees</source>
      <translation>Endre antall ansatte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/organisation_editor.py" line="40" />
      <source>Revenue (MNOK)</source>
      <translation>Omsetning (MNOK)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/organisation_editor.py" line="40" />
      <source>Change Revenue</source>
      <translation>Endre omsetning</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/organisation_editor.py" line="43" />
      <source>Resources and notes</source>
      <translation>Ressurser og notater</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/organisation_editor.py" line="45" />
      <source>Resources</source>
      <translation>Ressurser</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/organisation_editor.py" line="45" />
      <source>Change Resources</source>
      <translation>Endre ressurser</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/organisation_editor.py" line="48" />
      <source>Tags</source>
      <translation>Stikkord</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/organisation_editor.py" line="48" />
      <source>Change Tags</source>
      <translation>Endre stikkord</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/organisation_editor.py" line="49" />
      <source>Notes</source>
      <translation>Notater</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/organisation_editor.py" line="49" />
      <source>Change Notes</source>
      <translation>Endre notater</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/organisation_editor.py" line="50" />
      <source>Members</source>
      <translation>Medlemmer</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop_app/ui/panels/organisation_editor.py" line="57" />
      <source>%n organisations selected</source>
      <translation>
        <numerusform>%n organisasjon valgt</numerusform>
        <numerusform>%n organisasjoner valgt</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OrganisationFrames</name>
    <message>
      <location filename="../../desktop_app/ui/canvas/frames.py" line="272" />
      <source>Organisation &amp;Frames</source>
      <translation>Organisasjons&amp;rammer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/frames.py" line="275" />
      <source>Draw a frame round each organisation and its people</source>
      <translation>Tegn en ramme rundt hver organisasjon og folkene i den</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/frames.py" line="277" />
      <source>&amp;Collapse All Organisations</source>
      <translation>Slå sammen &amp;alle organisasjoner</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/frames.py" line="279" />
      <source>&amp;Expand All Organisations</source>
      <translation>&amp;Utvid alle organisasjoner</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/frames.py" line="586" />
      <source>E&amp;xpand</source>
      <translation>&amp;Utvid</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/frames.py" line="588" />
      <source>C&amp;ollapse</source>
      <translation>Slå &amp;sammen</translation>
    </message>
  </context>
  <context>
    <name>OverdueBadge</name>
    <message>
      <location filename="../../desktop_app/ui/canvas/badges.py" line="45" />
      <source>Overdue:</source>
      <translation>Forfalt:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/canvas/badges.py" line="49" />
      <source>… and %1 more</source>
      <translation>… og %1 til</translation>
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
      <location filename="../../desktop_app/ui/panels/path_finder.py" line="110" />
      <source>Our people</source>
      <translation>Våre folk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/path_finder.py" line="149" />
      <source>Choose whom you want to reach.</source>
      <translation>Velg hvem du vil nå.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/path_finder.py" line="152" />
      <source>No path: nobody in the map connects them.</source>
      <translation>Ingen vei: ingen i kartet knytter dem sammen.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/path_finder.py" line="155" />
      <source>Strongest path</source>
      <translation>Sterkeste vei</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/path_finder.py" line="156" />
      <source>The shortest path is the same.</source>
      <translation>Den korteste veien er den samme.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/path_finder.py" line="158" />
      <source>Shortest path</source>
      <translation>Korteste vei</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/path_finder.py" line="168" />
      <source>steps: %1, strength %2</source>
      <translation>steg: %1, styrke %2</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/path_finder.py" line="172" />
      <source>unrated</source>
      <translation>ikke vurdert</translation>
    </message>
  </context>
  <context>
    <name>PlanExport</name>
    <message>
      <location filename="../../desktop_app/ui/plan_export.py" line="78" />
      <source>Export Network Plan</source>
      <translation>Eksporter nettverksplan</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/plan_export.py" line="78" />
      <source>PDF documents (*.pdf)</source>
      <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/plan_export.py" line="88" />
      <source>Writing the network plan…</source>
      <translation>Skriver nettverksplanen …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/plan_export.py" line="88" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/plan_export.py" line="89" />
      <source>Network Plan</source>
      <translation>Nettverksplan</translation>
    </message>
  </context>
  <context>
    <name>PlanPrint</name>
    <message>
      <location filename="../../desktop_app/ui/print_plan.py" line="158" />
      <source>&amp;Print…</source>
      <translation>&amp;Skriv ut …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/print_plan.py" line="160" />
      <source>Print the network plan: the map, findings, goals and actions</source>
      <translation>Skriv ut nettverksplanen: kartet, funnene, målene og tiltakene</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/print_plan.py" line="181" />
      <source>Print Network Plan</source>
      <translation>Skriv ut nettverksplan</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/print_plan.py" line="193" />
      <source>Printing the network plan…</source>
      <translation>Skriver ut nettverksplanen …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/print_plan.py" line="193" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/print_plan.py" line="194" />
      <source>Print</source>
      <translation>Skriv ut</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/print_plan.py" line="221" />
      <source>The printer could not be started. Check that it is connected and try again.</source>
      <translation>Skriveren kunne ikke startes. Sjekk at den er tilkoblet, og prøv igjen.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/print_plan.py" line="222" />
      <source>Could not print the network plan</source>
      <translation>Kunne ikke skrive ut nettverksplanen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/print_plan.py" line="224" />
      <source>Printing was cancelled.</source>
      <translation>Utskriften ble avbrutt.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/print_plan.py" line="227" />
      <source>Sent one page of the network plan to the printer.</source>
      <translation>Sendte én side av nettverksplanen til skriveren.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop_app/ui/print_plan.py" line="228" />
      <source>Sent %n pages of the network plan to the printer.</source>
      <translation>
        <numerusform>Sendte %n side av nettverksplanen til skriveren.</numerusform>
        <numerusform>Sendte %n sider av nettverksplanen til skriveren.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PropertiesPanel</name>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="111" />
      <source>No map open</source>
      <translation>Ingen kart åpent</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop_app/ui/panels/properties.py" line="136" />
      <source>%n items selected</source>
      <translation>
        <numerusform>%n element valgt</numerusform>
        <numerusform>%n elementer valgt</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="172" />
      <source>Description</source>
      <translation>Beskrivelse</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="173" />
      <source>Author</source>
      <translation>Forfatter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="175" />
      <source>Account</source>
      <translation>Kunde</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="176" />
      <source>Organisations</source>
      <translation>Organisasjoner</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="177" />
      <source>Contacts</source>
      <translation>Kontakter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="178" />
      <source>Ties</source>
      <translation>Relasjoner</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="179" />
      <source>Actions</source>
      <translation>Tiltak</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="180" />
      <source>File</source>
      <translation>Fil</translation>
    </message>
  </context>
  <context>
    <name>RatingControl</name>
    <message>
      <location filename="../../desktop_app/ui/widgets/rating.py" line="31" />
      <source>not rated</source>
      <translation>ikke vurdert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/widgets/rating.py" line="31" />
      <source>Several values</source>
      <translation>Flere verdier</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/widgets/rating.py" line="34" />
      <source>Click or press 1–5 to rate; 0 or Delete clears the rating</source>
      <translation>Klikk eller trykk 1–5 for å vurdere; 0 eller Delete fjerner vurderingen</translation>
    </message>
  </context>
  <context>
    <name>SearchController</name>
    <message>
      <location filename="../../desktop_app/ui/search.py" line="64" />
      <source>Search name, organisation, title, tag</source>
      <translation>Søk etter navn, organisasjon, tittel, stikkord</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/search.py" line="65" />
      <source>Find contacts and organisations (Ctrl+F). Enter selects every match; Enter again or F3 steps through them.</source>
      <translation>Finn kontakter og organisasjoner (Ctrl+F). Enter velger alle treff; Enter igjen eller F3 går gjennom dem ett for ett.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/search.py" line="101" />
      <source>&amp;Find…</source>
      <translation>&amp;Søk …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/search.py" line="103" />
      <source>Search the map by name, organisation, title or tag</source>
      <translation>Søk i kartet etter navn, organisasjon, tittel eller stikkord</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/search.py" line="105" />
      <source>Find &amp;Next</source>
      <translation>&amp;Neste treff</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/search.py" line="107" />
      <source>Next match (F3)</source>
      <translation>Neste treff (F3)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/search.py" line="110" />
      <source>Find Pre&amp;vious</source>
      <translation>&amp;Forrige treff</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/search.py" line="112" />
      <source>Previous match (Shift+F3)</source>
      <translation>Forrige treff (Shift+F3)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/search.py" line="164" />
      <source>No match for '%1'</source>
      <translation>Ingen treff for «%1»</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop_app/ui/search.py" line="171" />
      <source>%n match</source>
      <translation>
        <numerusform>%n treff</numerusform>
        <numerusform>%n treff</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop_app/ui/search.py" line="171" />
      <source>%n matches</source>
      <translation>
        <numerusform>%n treff</numerusform>
        <numerusform>%n treff</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/search.py" line="217" />
      <source>(%1 hidden)</source>
      <translation>(%1 skjult)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/search.py" line="241" />
      <source>Match %1 of %2: %3</source>
      <translation>Treff %1 av %2: %3</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/search.py" line="245" />
      <source>Every match is hidden (a filter or a collapsed organisation)</source>
      <translation>Alle treffene er skjult (av et filter eller en sammenslått organisasjon)</translation>
    </message>
  </context>
  <context>
    <name>SingleInstance</name>
    <message>
      <location filename="../../desktop_app/ui/single_instance.py" line="151" />
      <source>%1 is already open in another Knute window, which has come to the front.</source>
      <translation>%1 er allerede åpent i et annet Knute-vindu, som nå er hentet fram.</translation>
    </message>
  </context>
  <context>
    <name>TagsField</name>
    <message>
      <location filename="../../desktop_app/ui/panels/tags_field.py" line="63" />
      <source>Separate tags with commas</source>
      <translation>Skill stikkordene med komma</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tags_field.py" line="70" />
      <source>Only some have: %1</source>
      <translation>Bare noen har: %1</translation>
    </message>
  </context>
  <context>
    <name>TieEditor</name>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="25" />
      <source>Relationship</source>
      <translation>Relasjon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="27" />
      <source>Tie type</source>
      <translation>Relasjonstype</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="27" />
      <source>Change Tie Type</source>
      <translation>Endre relasjonstype</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="31" />
      <source>Closeness</source>
      <translation>Nærhet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="31" />
      <source>Change Closeness</source>
      <translation>Endre nærhet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="32" />
      <source>(none)</source>
      <translation>(ingen)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="35" />
      <source>Why the tie exists</source>
      <translation>Hvorfor relasjonen finnes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="35" />
      <source>Change Reasons</source>
      <translation>Endre begrunnelser</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="37" />
      <source>Cooperation</source>
      <translation>Samarbeid</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="37" />
      <source>Change Cooperation</source>
      <translation>Endre samarbeid</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="38" />
      <source>Competition</source>
      <translation>Konkurranse</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="38" />
      <source>Change Competition</source>
      <translation>Endre konkurranse</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="41" />
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="58" />
      <source>Quality</source>
      <translation>Kvalitet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="43" />
      <source>Acquaintance</source>
      <translation>Bekjentskap</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="43" />
      <source>How well you know each other.</source>
      <translation>Hvor godt dere kjenner hverandre.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="44" />
      <source>Change Acquaintance</source>
      <translation>Endre bekjentskap</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="45" />
      <source>Availability</source>
      <translation>Tilgjengelighet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="45" />
      <source>How easily you reach this person when it matters.</source>
      <translation>Hvor lett du når denne personen når det gjelder.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="46" />
      <source>Change Availability</source>
      <translation>Endre tilgjengelighet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="47" />
      <source>Trust</source>
      <translation>Fortrolighet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="47" />
      <source>How far you trust and confide in each other.</source>
      <translation>Hvor mye dere stoler på og betror dere til hverandre.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="48" />
      <source>Change Trust</source>
      <translation>Endre fortrolighet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="49" />
      <source>Support</source>
      <translation>Støtte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="49" />
      <source>How far this person backs you and your offer.</source>
      <translation>Hvor mye denne personen støtter deg og tilbudet ditt.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="50" />
      <source>Change Support</source>
      <translation>Endre støtte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="59" />
      <source>Class</source>
      <translation>Klasse</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="60" />
      <source>How it is scored</source>
      <translation>Slik er den beregnet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="63" />
      <source>Contact</source>
      <translation>Kontakt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="64" />
      <source>Last contact</source>
      <translation>Siste kontakt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="64" />
      <source>Change Last Contact</source>
      <translation>Endre siste kontakt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="65" />
      <source>Latest contact</source>
      <translation>Seneste kontakt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="67" />
      <source>The latest of the last-contact date and the logged interactions; a tie's quality fades with the time since.</source>
      <translation>Den seneste av datoen for siste kontakt og de registrerte kontaktpunktene; kvaliteten til en relasjon svekkes med tiden som går.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="69" />
      <source>Interactions</source>
      <translation>Kontaktpunkter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="75" />
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="76" />
      <source>Notes</source>
      <translation>Notater</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="76" />
      <source>Change Notes</source>
      <translation>Endre notater</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="85" />
      <source>Reverse direction</source>
      <translation>Snu retningen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="86" />
      <source>Swap the two ends of this tie</source>
      <translation>Bytt om de to endene av relasjonen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="99" />
      <source>Direction</source>
      <translation>Retning</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="131" />
      <source>%n ties selected</source>
      <translation>
        <numerusform>%n relasjon valgt</numerusform>
        <numerusform>%n relasjoner valgt</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="163" />
      <source>never</source>
      <translation>aldri</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="166" />
      <source>today</source>
      <translation>i dag</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="166" />
      <source>yesterday</source>
      <translation>i går</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="166" />
      <source>%1 days ago</source>
      <translation>for %1 dager siden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="178" />
      <source>+%1 points</source>
      <translation>+%1 poeng</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="184" />
      <source>unrated</source>
      <translation>ikke vurdert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/tie_editor.py" line="200" />
      <source>Reverse Direction</source>
      <translation>Snu retningen</translation>
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
  <context>
    <name>WriteProgress</name>
    <message>
      <location filename="../../desktop_app/ui/write_progress.py" line="72" />
      <source>Writing to the map</source>
      <translation>Skriver til kartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/write_progress.py" line="73" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/write_progress.py" line="109" />
      <source>Written. Updating the map on screen…</source>
      <translation>Skrevet. Oppdaterer kartet på skjermen …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/write_progress.py" line="126" />
      <source>Cancelling…</source>
      <translation>Avbryter …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/write_progress.py" line="139" />
      <source>Adding %1…</source>
      <translation>Legger til %1 …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/write_progress.py" line="139" />
      <source>Removing %1…</source>
      <translation>Fjerner %1 …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/write_progress.py" line="140" />
      <source>Updating %1…</source>
      <translation>Oppdaterer %1 …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/write_progress.py" line="141" />
      <source>Writing to the map…</source>
      <translation>Skriver til kartet …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/write_progress.py" line="145" />
      <source>%1 contact</source>
      <translation>%1 kontakt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/write_progress.py" line="145" />
      <source>%1 contacts</source>
      <translation>%1 kontakter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/write_progress.py" line="146" />
      <source>%1 organisation</source>
      <translation>%1 organisasjon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/write_progress.py" line="146" />
      <source>%1 organisations</source>
      <translation>%1 organisasjoner</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/write_progress.py" line="147" />
      <source>%1 tie</source>
      <translation>%1 relasjon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/write_progress.py" line="147" />
      <source>%1 ties</source>
      <translation>%1 relasjoner</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/write_progress.py" line="148" />
      <source>%1 other item</source>
      <translation>%1 annet element</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/write_progress.py" line="148" />
      <source>%1 other items</source>
      <translation>%1 andre elementer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/write_progress.py" line="155" />
      <source>%1 and %2</source>
      <translation>%1 og %2</translation>
    </message>
  </context>
</TS>