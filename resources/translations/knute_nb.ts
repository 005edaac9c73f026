<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO">
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="60" />
      <source>Properties</source>
      <translation>Egenskaper</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="94" />
      <source>&amp;New Map…</source>
      <translation>&amp;Nytt kart …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="94" />
      <source>Create an empty map</source>
      <translation>Lag et tomt kart</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="95" />
      <source>&amp;Open…</source>
      <translation>Å&amp;pne …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="95" />
      <source>Open a map</source>
      <translation>Åpne et kart</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="97" />
      <source>Save a &amp;Copy…</source>
      <translation>Lagre en &amp;kopi …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="98" />
      <source>Save a complete copy of this map to share or keep</source>
      <translation>Lagre en fullstendig kopi av kartet for å dele eller ta vare på det</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="101" />
      <source>&amp;GraphML…</source>
      <translation>&amp;GraphML …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="102" />
      <source>Add the people, organisations and ties of a GraphML file to this map</source>
      <translation>Legg personene, organisasjonene og relasjonene i en GraphML-fil til dette kartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="104" />
      <source>&amp;Rename Map…</source>
      <translation>&amp;Gi kartet nytt navn …</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="104" />
      <source>Change the map's title</source>
      <translation>Endre kartets tittel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="106" />
      <source>Open the &amp;Example Map</source>
      <translation>Åpne &amp;eksempelkartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="107" />
      <source>Open a fresh copy of the Best Lokalt Røros example</source>
      <translation>Åpne en ny kopi av eksempelet Best Lokalt Røros</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="109" />
      <source>&amp;Quit</source>
      <translation>&amp;Avslutt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="111" />
      <source>&amp;Undo</source>
      <translation>&amp;Angre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="113" />
      <source>&amp;Redo</source>
      <translation>&amp;Gjør om</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="115" />
      <source>&amp;Fit to Map</source>
      <translation>&amp;Tilpass til kartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="116" />
      <source>Zoom &amp;In</source>
      <translation>Zoom &amp;inn</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="117" />
      <source>Zoom &amp;Out</source>
      <translation>Zoom &amp;ut</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="118" />
      <source>&amp;About Knute</source>
      <translation>&amp;Om Knute</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="123" />
      <source>&amp;File</source>
      <translation>&amp;Fil</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="126" />
      <source>Open &amp;Recent</source>
      <translation>Åpne &amp;nylig brukt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="131" />
      <source>&amp;Import</source>
      <translation>&amp;Importer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="139" />
      <source>&amp;Edit</source>
      <translation>R&amp;ediger</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="143" />
      <source>&amp;View</source>
      <translation>&amp;Vis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="150" />
      <source>&amp;Language</source>
      <translation>&amp;Språk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="152" />
      <source>System Default</source>
      <translation>Som systemet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="160" />
      <source>&amp;Help</source>
      <translation>&amp;Hjelp</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="172" />
      <source>No recent maps</source>
      <translation>Ingen nylig brukte kart</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="176" />
      <source>Clear List</source>
      <translation>Tøm listen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="190" />
      <source>The last map, %1, is no longer there.</source>
      <translation>Det siste kartet, %1, finnes ikke lenger.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="199" />
      <source>Could not open the map</source>
      <translation>Kunne ikke åpne kartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="211" />
      <location filename="../../desktop_app/ui/main_window.py" line="217" />
      <source>Could not create the map</source>
      <translation>Kunne ikke lage kartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="211" />
      <source>This map is open: choose another name.</source>
      <translation>Dette kartet er åpent: velg et annet navn.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="226" />
      <source>Could not copy the example map</source>
      <translation>Kunne ikke kopiere eksempelkartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="230" />
      <source>A copy of the example map was saved as %1</source>
      <translation>En kopi av eksempelkartet ble lagret som %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="248" />
      <source>Opened read-only</source>
      <translation>Åpnet skrivebeskyttet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="268" />
      <source> [read-only]</source>
      <translation> [skrivebeskyttet]</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="271" />
      <source>Read-only</source>
      <translation>Skrivebeskyttet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="274" />
      <source>%1 organisations · %2 contacts · %3 ties</source>
      <translation>%1 organisasjoner · %2 kontakter · %3 relasjoner</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="285" />
      <source>New Map</source>
      <translation>Nytt kart</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="285" />
      <location filename="../../desktop_app/ui/main_window.py" line="290" />
      <location filename="../../desktop_app/ui/main_window.py" line="298" />
      <source>Knute maps (*.knute)</source>
      <translation>Knute-kart (*.knute)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="290" />
      <source>Open Map</source>
      <translation>Åpne kart</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="298" />
      <source>Save a Copy</source>
      <translation>Lagre en kopi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="310" />
      <source>Could not save the copy</source>
      <translation>Kunne ikke lagre kopien</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="312" />
      <source>Saved a copy as %1</source>
      <translation>Lagret en kopi som %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="317" />
      <source>Import GraphML</source>
      <translation>Importer GraphML</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="317" />
      <source>GraphML files (*.graphml *.xml)</source>
      <translation>GraphML-filer (*.graphml *.xml)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="332" />
      <source>Import %1</source>
      <translation>Importer %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="334" />
      <source>Could not import %1</source>
      <translation>Kunne ikke importere %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop_app/ui/main_window.py" line="336" />
      <source>Imported %n items from %1</source>
      <translation>
        <numerusform>Importerte %n element fra %1</numerusform>
        <numerusform>Importerte %n elementer fra %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="343" />
      <location filename="../../desktop_app/ui/main_window.py" line="354" />
      <source>Rename Map</source>
      <translation>Gi kartet nytt navn</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="343" />
      <source>Title:</source>
      <translation>Tittel:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="356" />
      <source>Could not rename the map</source>
      <translation>Kunne ikke gi kartet nytt navn</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="362" />
      <source>&lt;h3&gt;Knute %1&lt;/h3&gt;&lt;p&gt;Relationship maps for key account management: who knows whom, how strong the ties are, and where an account hangs on one person.&lt;/p&gt;&lt;p&gt;Works offline. Every change is saved at once in the map file.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Knute %1&lt;/h3&gt;&lt;p&gt;Relasjonskart for kundeansvarlige (KAM): hvem som kjenner hvem, hvor sterke relasjonene er, og hvor en kunde henger på én person.&lt;/p&gt;&lt;p&gt;Virker uten nett. Hver endring lagres straks i kartfilen.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="366" />
      <source>About Knute</source>
      <translation>Om Knute</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="384" />
      <source>The change could not be saved</source>
      <translation>Endringen kunne ikke lagres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="385" />
      <source>The map on screen matches the file. The undo history was cleared.</source>
      <translation>Kartet på skjermen stemmer med filen. Angrehistorikken ble tømt.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="394" />
      <source>Knute will use the chosen language the next time it starts.</source>
      <translation>Knute bruker det valgte språket neste gang programmet starter.</translation>
    </message>
  </context>
  <context>
    <name>PropertiesPanel</name>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="56" />
      <source>No map open</source>
      <translation>Ingen kart åpent</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop_app/ui/panels/properties.py" line="60" />
      <source>%n items selected</source>
      <translation>
        <numerusform>%n element valgt</numerusform>
        <numerusform>%n elementer valgt</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="85" />
      <location filename="../../desktop_app/ui/panels/properties.py" line="116" />
      <source>Description</source>
      <translation>Beskrivelse</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="86" />
      <source>Author</source>
      <translation>Forfatter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="88" />
      <source>Account</source>
      <translation>Kunde</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="89" />
      <source>Organisations</source>
      <translation>Organisasjoner</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="90" />
      <source>Contacts</source>
      <translation>Kontakter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="91" />
      <location filename="../../desktop_app/ui/panels/properties.py" line="109" />
      <source>Ties</source>
      <translation>Relasjoner</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="92" />
      <source>Actions</source>
      <translation>Tiltak</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="93" />
      <source>File</source>
      <translation>Fil</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="99" />
      <source>Title</source>
      <translation>Tittel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="100" />
      <source>Organisation</source>
      <translation>Organisasjon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="101" />
      <source>Buying-centre role</source>
      <translation>Rolle i kjøpegruppen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="102" />
      <source>Attitude</source>
      <translation>Holdning</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="103" />
      <source>Influence</source>
      <translation>Innflytelse</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="104" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="105" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="106" />
      <location filename="../../desktop_app/ui/panels/properties.py" line="120" />
      <source>Resources</source>
      <translation>Ressurser</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="107" />
      <location filename="../../desktop_app/ui/panels/properties.py" line="121" />
      <source>Tags</source>
      <translation>Stikkord</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="108" />
      <location filename="../../desktop_app/ui/panels/properties.py" line="122" />
      <location filename="../../desktop_app/ui/panels/properties.py" line="147" />
      <source>Notes</source>
      <translation>Notater</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="115" />
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="117" />
      <source>Employees</source>
      <translation>Ansatte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="118" />
      <source>Revenue (MNOK)</source>
      <translation>Omsetning (MNOK)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="119" />
      <source>Website</source>
      <translation>Nettsted</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="123" />
      <source>Members</source>
      <translation>Medlemmer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="130" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="132" />
      <source>Acquaintance</source>
      <translation>Bekjentskap</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="133" />
      <source>Availability</source>
      <translation>Tilgjengelighet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="134" />
      <source>Trust</source>
      <translation>Fortrolighet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="135" />
      <source>Support</source>
      <translation>Støtte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="138" />
      <source>not rated</source>
      <translation>ikke vurdert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="139" />
      <source>Closeness</source>
      <translation>Nærhet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="140" />
      <source>Why the tie exists</source>
      <translation>Hvorfor relasjonen finnes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="142" />
      <source>Cooperation</source>
      <translation>Samarbeid</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="143" />
      <source>Competition</source>
      <translation>Konkurranse</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="145" />
      <source>Last contact</source>
      <translation>Siste kontakt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/panels/properties.py" line="146" />
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