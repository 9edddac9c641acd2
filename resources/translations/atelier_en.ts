<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_BE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Over Atelier</source>
        <translation>About Atelier</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licentie</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>GNU General Public License, versie 3 of later ({0})</source>
        <translation>GNU General Public License, version 3 or later ({0})</translation>
    </message>
    <message>
        <source>Werkbestand</source>
        <translation>Workshop file</translation>
    </message>
    <message>
        <source>Laatste reservekopie</source>
        <translation>Latest backup</translation>
    </message>
    <message>
        <source>Gebouwd met</source>
        <translation>Built with</translation>
    </message>
    <message>
        <source>Strategische planning in lokale besturen: SWOT, ontwikkelpaden, voorstellen, stemmen en rapporten. Alles staat in één bestand op deze computer; elke wijziging wordt meteen bewaard.</source>
        <translation>Strategic planning in local government: SWOT, development paths, proposals, voting and reports. Everything is in one file on this computer; every change is saved at once.</translation>
    </message>
</context>
<context>
    <name>AnalysisEdits</name>
    <message>
        <source>Antwoord wissen</source>
        <translation>Clear answer</translation>
    </message>
    <message>
        <source>Score invullen</source>
        <translation>Enter score</translation>
    </message>
    <message>
        <source>Belang invullen</source>
        <translation>Enter importance</translation>
    </message>
    <message>
        <source>Paraatheid invullen</source>
        <translation>Enter readiness</translation>
    </message>
    <message>
        <source>Stelling toevoegen</source>
        <translation>Add statement</translation>
    </message>
    <message>
        <source>Stelling wijzigen</source>
        <translation>Edit statement</translation>
    </message>
    <message>
        <source>Stelling verwijderen</source>
        <translation>Delete statement</translation>
    </message>
    <message>
        <source>Stelling verplaatsen</source>
        <translation>Move statement</translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <source>Zelfevaluatie</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>&amp;Positioneringsrozen</source>
        <translation>&amp;Positioning roses</translation>
    </message>
    <message>
        <source>&amp;Vragenlijst invullen</source>
        <translation>&amp;Fill in the questionnaire</translation>
    </message>
    <message>
        <source>E&amp;xterne analyse</source>
        <translation>E&amp;xternal analysis</translation>
    </message>
    <message>
        <source>Stellin&amp;gen beheren</source>
        <translation>&amp;Manage statements</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Mijn workshop</source>
        <translation>My workshop</translation>
    </message>
    <message>
        <source>Werkbestand in gebruik</source>
        <translation>Workshop file in use</translation>
    </message>
    <message>
        <source>Kan niet openen</source>
        <translation>Cannot open</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BankTab</name>
    <message>
        <source>Stelling</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Antwoorden</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Stellingen per intern domein</source>
        <translation>Statements per internal area</translation>
    </message>
    <message>
        <source>Nieuwe stelling</source>
        <translation>New statement</translation>
    </message>
    <message>
        <source>Typ een nieuwe stelling en druk op Enter</source>
        <translation>Type a new statement and press Enter</translation>
    </message>
    <message>
        <source>Verwijderen (Delete)</source>
        <translation>Delete (Delete)</translation>
    </message>
    <message>
        <source>Omhoog (Ctrl+↑)</source>
        <translation>Up (Ctrl+↑)</translation>
    </message>
    <message>
        <source>Omlaag (Ctrl+↓)</source>
        <translation>Down (Ctrl+↓)</translation>
    </message>
    <message>
        <source>F2: herformuleren (de antwoorden blijven) · Delete: verwijderen met de antwoorden (Ctrl+Z zet ze terug) · Insert: nieuwe stelling</source>
        <translation>F2: rephrase (the answers stay) · Delete: delete with its answers (Ctrl+Z puts them back) · Insert: new statement</translation>
    </message>
    <message>
        <source>Nieuwe stelling in {0} (Insert):</source>
        <translation>New statement in {0} (Insert):</translation>
    </message>
</context>
<context>
    <name>ClustersEditor</name>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Cluster toevoegen</source>
        <translation>Add cluster</translation>
    </message>
    <message>
        <source>Cluster wijzigen</source>
        <translation>Change cluster</translation>
    </message>
    <message>
        <source>Cluster verwijderen</source>
        <translation>Delete cluster</translation>
    </message>
    <message>
        <source>Cluster verplaatsen</source>
        <translation>Move cluster</translation>
    </message>
    <message>
        <source>Kleur</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Zo herkent u de punten van de cluster op het bord en in grafieken.</source>
        <translation>This is how you recognise the cluster&apos;s points on the board and in charts.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Referentie</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>De referentiecluster (meestal het managementteam): de positioneringsroos zet elke cluster naast haar. Er is er hoogstens één.</source>
        <translation>The reference cluster (usually the management team): the positioning rose sets every cluster beside it. There is at most one.</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>SWOT-punten</source>
        <translation>SWOT points</translation>
    </message>
    <message>
        <source>Aanbevelingen</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Vragenlijst</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Antwoorden op de vragenlijst: scores op stellingen en beoordelingen van domeinen. Een cluster met antwoorden kan niet verwijderd worden.</source>
        <translation>Questionnaire answers: scores on statements and ratings of areas. A cluster with answers cannot be deleted.</translation>
    </message>
    <message>
        <source>Geen referentiecluster: vink er een aan om ze te vergelijken.</source>
        <translation>No reference cluster: tick one to compare the clusters with it.</translation>
    </message>
    <message>
        <source>Referentiecluster: {0}</source>
        <translation>Reference cluster: {0}</translation>
    </message>
    <message>
        <source>Nieuwe cluster</source>
        <translation>New cluster</translation>
    </message>
    <message>
        <source>Referentiecluster kiezen</source>
        <translation>Choose reference cluster</translation>
    </message>
    <message>
        <source>Referentiecluster wissen</source>
        <translation>Clear reference cluster</translation>
    </message>
    <message>
        <source>Cluster ‘{0}’ heeft nog punten en er is geen andere cluster om ze naar te verplaatsen. Maak eerst een andere cluster.</source>
        <translation>Cluster ‘{0}’ still has points and there is no other cluster to move them to. Create another cluster first.</translation>
    </message>
    <message>
        <source>Cluster ‘{0}’ kan niet verwijderd worden: ze heeft {1}. Die antwoorden zijn de eigen kijk van deze cluster en kunnen niet naar een andere cluster verhuizen. Verwijder eerst die antwoorden.</source>
        <translation>Cluster ‘{0}’ cannot be deleted: it has {1}. Those answers are this cluster&apos;s own view and cannot move to another cluster. Delete those answers first.</translation>
    </message>
    <message>
        <source>1 antwoord op de vragenlijst</source>
        <translation>1 questionnaire answer</translation>
    </message>
    <message>
        <source>{0} antwoorden op de vragenlijst</source>
        <translation>{0} questionnaire answers</translation>
    </message>
</context>
<context>
    <name>ColorDelegate</name>
    <message>
        <source>blauw</source>
        <translation>blue</translation>
    </message>
    <message>
        <source>oranje</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>rood</source>
        <translation>red</translation>
    </message>
    <message>
        <source>blauwgroen</source>
        <translation>teal</translation>
    </message>
    <message>
        <source>groen</source>
        <translation>green</translation>
    </message>
    <message>
        <source>geel</source>
        <translation>yellow</translation>
    </message>
    <message>
        <source>paars</source>
        <translation>purple</translation>
    </message>
    <message>
        <source>roze</source>
        <translation>pink</translation>
    </message>
    <message>
        <source>bruin</source>
        <translation>brown</translation>
    </message>
    <message>
        <source>grijs</source>
        <translation>grey</translation>
    </message>
    <message>
        <source>Kleur</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Andere kleur…</source>
        <translation>Other colour…</translation>
    </message>
    <message>
        <source>Kleur van de cluster</source>
        <translation>Colour of the cluster</translation>
    </message>
</context>
<context>
    <name>ConsolidationPass</name>
    <message>
        <source>Consolidatieronde</source>
        <translation>Consolidation pass</translation>
    </message>
    <message>
        <source>Kwadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>De punten die er het meest op lijken</source>
        <translation>The points most like it</translation>
    </message>
    <message>
        <source>1–5: dit punt neemt die kandidaat op · Spatie of →: volgend punt · ←: vorig punt · Ctrl+Z: ongedaan maken · Esc: sluiten</source>
        <translation>1–5: this point absorbs that candidate · Space or →: next point · ←: previous point · Ctrl+Z: undo · Esc: close</translation>
    </message>
    <message>
        <source>Kwadrant:</source>
        <translation>Quadrant:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Punt&lt;/b&gt;</source>
        <translation>&lt;b&gt;Point&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lijkt op&lt;/b&gt; (beste eerst)</source>
        <translation>&lt;b&gt;Looks like&lt;/b&gt; (best first)</translation>
    </message>
    <message>
        <source>{0} samengevoegd in deze ronde.</source>
        <translation>{0} merged in this pass.</translation>
    </message>
    <message>
        <source>Klaar: {0} punten overlopen.</source>
        <translation>Done: {0} points reviewed.</translation>
    </message>
    <message>
        <source>Alle punten van dit kwadrant zijn overlopen.</source>
        <translation>Every point of this quadrant has been reviewed.</translation>
    </message>
    <message>
        <source>Punt {0} van {1}</source>
        <translation>Point {0} of {1}</translation>
    </message>
    <message>
        <source>Genoemd door: {0}</source>
        <translation>Raised by: {0}</translation>
    </message>
    <message>
        <source>geen cluster</source>
        <translation>no cluster</translation>
    </message>
    <message>
        <source>Even geduld: de punten worden gelezen…</source>
        <translation>One moment: reading the points…</translation>
    </message>
    <message>
        <source>Geen gelijkaardige punten.</source>
        <translation>No similar points.</translation>
    </message>
</context>
<context>
    <name>ContextBar</name>
    <message>
        <source>Sessie en cluster</source>
        <translation>Session and cluster</translation>
    </message>
    <message>
        <source>Huidige sessie</source>
        <translation>Current session</translation>
    </message>
    <message>
        <source>Huidige cluster</source>
        <translation>Current cluster</translation>
    </message>
    <message>
        <source>&amp;Sessie:</source>
        <translation>&amp;Session:</translation>
    </message>
    <message>
        <source>C&amp;luster:</source>
        <translation>C&amp;luster:</translation>
    </message>
    <message>
        <source>(geen sessie)</source>
        <translation>(no session)</translation>
    </message>
    <message>
        <source>(geen cluster)</source>
        <translation>(no cluster)</translation>
    </message>
    <message>
        <source> (referentie)</source>
        <translation> (reference)</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>Mogelijke dubbels</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lijkt op&lt;/b&gt;</source>
        <translation>&lt;b&gt;Looks like&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Kies een punt of typ een nieuw punt: de meest gelijkende punten staan hier.</source>
        <translation>Select a point or type a new one: the most similar points appear here.</translation>
    </message>
    <message>
        <source>Punten die het meest lijken op het gekozen punt</source>
        <translation>Points most like the selected point</translation>
    </message>
    <message>
        <source>Alt+1…5 of Enter voegt samen: het gekozen punt neemt de kandidaat op. Ctrl+Z maakt ongedaan.</source>
        <translation>Alt+1…5 or Enter merges: the selected point absorbs the candidate. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Voorgestelde groepen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Suggested groups&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Groepen zoeken</source>
        <translation>Find groups</translation>
    </message>
    <message>
        <source>Groepen van mogelijke dubbels zoeken</source>
        <translation>Find groups of likely duplicates</translation>
    </message>
    <message>
        <source>Groep samenvoegen</source>
        <translation>Merge group</translation>
    </message>
    <message>
        <source>De gekozen groep samenvoegen</source>
        <translation>Merge the selected group</translation>
    </message>
    <message>
        <source>Consolidatieronde…</source>
        <translation>Consolidation pass…</translation>
    </message>
    <message>
        <source>Consolidatieronde: punt per punt met de gelijkende punten ernaast</source>
        <translation>Consolidation pass: point by point with the similar points beside it</translation>
    </message>
    <message>
        <source>Voor: {0}</source>
        <translation>For: {0}</translation>
    </message>
    <message>
        <source>Voor wat je typt bij {0}: {1}</source>
        <translation>For what you type in {0}: {1}</translation>
    </message>
    <message>
        <source>Even geduld: de punten worden gelezen…</source>
        <translation>One moment: reading the points…</translation>
    </message>
    <message>
        <source>Geen gelijkaardige punten.</source>
        <translation>No similar points.</translation>
    </message>
    <message>
        <source>Zoeken…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Mogelijke dubbels zoeken…</source>
        <translation>Find possible duplicates…</translation>
    </message>
    <message>
        <source>Zoeken mislukt: {0}</source>
        <translation>Search failed: {0}</translation>
    </message>
    <message>
        <source>Zoeken afgebroken.</source>
        <translation>Search cancelled.</translation>
    </message>
    <message>
        <source>Geen mogelijke dubbels gevonden.</source>
        <translation>No possible duplicates found.</translation>
    </message>
    <message>
        <source>{0} van {1} groepen getoond (de meeste clusters eerst).</source>
        <translation>{0} of {1} groups shown (most clusters first).</translation>
    </message>
    <message>
        <source>{0} groepen van mogelijke dubbels, de meeste clusters eerst.</source>
        <translation>{0} groups of likely duplicates, most clusters first.</translation>
    </message>
    <message>
        <source>{0} · {1} clusters · {2}</source>
        <translation>{0} · {1} clusters · {2}</translation>
    </message>
    <message>
        <source>geen cluster</source>
        <translation>no cluster</translation>
    </message>
</context>
<context>
    <name>EditIdeaDialog</name>
    <message>
        <source>Idee bewerken en aanvaarden</source>
        <translation>Edit and accept the idea</translation>
    </message>
    <message>
        <source>Tekst van het punt</source>
        <translation>Text of the point</translation>
    </message>
    <message>
        <source>Kwadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>&amp;Aanvaarden</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>Tekst:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Kwadrant:</source>
        <translation>Quadrant:</translation>
    </message>
</context>
<context>
    <name>ExternalModel</name>
    <message>
        <source>Extern domein</source>
        <translation>External area</translation>
    </message>
    <message>
        <source>Belang</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Paraatheid</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>Hoe belangrijk is deze evolutie voor de cluster? 1–5</source>
        <translation>How important is this trend for the cluster? 1–5</translation>
    </message>
    <message>
        <source>Hoe klaar is de organisatie ervoor? 1–5</source>
        <translation>How ready is the organisation for it? 1–5</translation>
    </message>
    <message>
        <source>leeg</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>Gemiddelde van de deelnemers</source>
        <translation>Average of the participants</translation>
    </message>
</context>
<context>
    <name>ExternalTab</name>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <source>Belang en paraatheid per extern domein</source>
        <translation>Importance and readiness per external area</translation>
    </message>
    <message>
        <source>Externe roos</source>
        <translation>External rose</translation>
    </message>
    <message>
        <source>Kansen, bedreigingen en aanbevelingen</source>
        <translation>Opportunities, threats and recommendations</translation>
    </message>
    <message>
        <source>1–5 en naar beneden · → naar paraatheid · 0, ? of Delete: wissen · Belang: hoe belangrijk de evolutie is; paraatheid: hoe klaar de organisatie is</source>
        <translation>1–5 and move down · → to readiness · 0, ? or Delete: clear · Importance: how important the trend is; readiness: how ready the organisation is</translation>
    </message>
    <message>
        <source> (referentie)</source>
        <translation> (reference)</translation>
    </message>
    <message>
        <source>Belang volgens de cluster</source>
        <translation>Importance according to the cluster</translation>
    </message>
    <message>
        <source>Paraatheid</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>Belang</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Belangrijk maar niet klaar: {0}</source>
        <translation>Important but not ready: {0}</translation>
    </message>
    <message>
        <source>Geen extern domein met een belang van {0} of meer en een paraatheid onder {1}.</source>
        <translation>No external area with an importance of {0} or more and a readiness below {1}.</translation>
    </message>
    <message>
        <source>{0}: belang {1}, paraatheid {2}</source>
        <translation>{0}: importance {1}, readiness {2}</translation>
    </message>
    <message>
        <source>Opportuniteiten</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Bedreigingen</source>
        <translation>Threats</translation>
    </message>
    <message>
        <source>Aanbevelingen</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>genoemd door {0} clusters</source>
        <translation>mentioned by {0} clusters</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>&amp;Nieuw werkbestand…</source>
        <translation>&amp;New workshop file…</translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Verbinden met server…</source>
        <translation>&amp;Connect to server…</translation>
    </message>
    <message>
        <source>Onlangs &amp;geopend</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Werkbestanden &amp;samenvoegen…</source>
        <translation>&amp;Merge workshop files…</translation>
    </message>
    <message>
        <source>&amp;Reservekopie maken</source>
        <translation>Make a &amp;backup</translation>
    </message>
    <message>
        <source>&amp;Workshop-instellingen…</source>
        <translation>&amp;Workshop settings…</translation>
    </message>
    <message>
        <source>Nieuw werkbestand</source>
        <translation>New workshop file</translation>
    </message>
    <message>
        <source>Titel van de workshop:</source>
        <translation>Title of the workshop:</translation>
    </message>
    <message>
        <source>Nieuwe workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>{0} bestaat al. Kies een andere naam, of open het bestand.</source>
        <translation>{0} already exists. Choose another name, or open the file.</translation>
    </message>
    <message>
        <source>Werkbestand openen</source>
        <translation>Open workshop file</translation>
    </message>
    <message>
        <source>(nog geen andere bestanden)</source>
        <translation>(no other files yet)</translation>
    </message>
    <message>
        <source>Kan niet openen</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>Dit werkbestand staat op een server; de server maakt de reservekopieën.</source>
        <translation>This workshop file is on a server; the server makes the backups.</translation>
    </message>
    <message>
        <source>Reservekopie maken…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <source>Geen reservekopie gemaakt: {0}</source>
        <translation>No backup made: {0}</translation>
    </message>
    <message>
        <source>Reservekopie gemaakt: {0}</source>
        <translation>Backup made: {0}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Zoeken in de punten…</source>
        <translation>Search the points…</translation>
    </message>
    <message>
        <source>Zoeken in de SWOT-punten</source>
        <translation>Search the SWOT points</translation>
    </message>
    <message>
        <source>Filter op cluster</source>
        <translation>Filter by cluster</translation>
    </message>
    <message>
        <source>Filter op domein</source>
        <translation>Filter by area</translation>
    </message>
    <message>
        <source>Filter op sessie</source>
        <translation>Filter by session</translation>
    </message>
    <message>
        <source>Filter wissen</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <source>Alle filters wissen</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <source>Aantal getoonde punten</source>
        <translation>Number of points shown</translation>
    </message>
    <message>
        <source>Alle clusters</source>
        <translation>All clusters</translation>
    </message>
    <message>
        <source>Huidige cluster</source>
        <translation>Current cluster</translation>
    </message>
    <message>
        <source>(geen cluster)</source>
        <translation>(no cluster)</translation>
    </message>
    <message>
        <source>Alle domeinen</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>intern</source>
        <translation>internal</translation>
    </message>
    <message>
        <source>extern</source>
        <translation>external</translation>
    </message>
    <message>
        <source>Alle sessies</source>
        <translation>All sessions</translation>
    </message>
    <message>
        <source>{0} punten</source>
        <translation>{0} points</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Beleidsdoelstelling</source>
        <translation>Policy objective</translation>
    </message>
    <message>
        <source>Actieplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Doelenboom</source>
        <translation>Goal tree</translation>
    </message>
    <message>
        <source>Code en titel</source>
        <translation>Code and title</translation>
    </message>
    <message>
        <source>Trekker</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Fiches</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Netto</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Doelen&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Goals&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Slepen of Alt+↑/↓ om te verplaatsen, Alt+←/→ naar het vorige of volgende bovenliggende doel; F2 hernoemt; Delete verwijdert</source>
        <translation>Drag or Alt+↑/↓ to move, Alt+←/→ to the previous or next parent goal; F2 renames; Delete removes</translation>
    </message>
    <message>
        <source>Nieuwe &amp;beleidsdoelstelling</source>
        <translation>New &amp;policy objective</translation>
    </message>
    <message>
        <source>Nieuw &amp;onderliggend doel</source>
        <translation>New &amp;sub-goal</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Nieuwe beleidsdoelstelling (Ctrl+Insert)</source>
        <translation>New policy objective (Ctrl+Insert)</translation>
    </message>
    <message>
        <source>Een actieplan of actie onder het gekozen doel (Insert in de boom)</source>
        <translation>An action plan or action under the chosen goal (Insert in the tree)</translation>
    </message>
    <message>
        <source>Het gekozen doel met alles eronder verwijderen (Delete); ongedaan te maken</source>
        <translation>Delete the chosen goal with everything under it (Delete); can be undone</translation>
    </message>
    <message>
        <source>Code wijzigen</source>
        <translation>Change code</translation>
    </message>
    <message>
        <source>Doel hernoemen</source>
        <translation>Rename goal</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>T&amp;rekker:</source>
        <translation>O&amp;wner:</translation>
    </message>
    <message>
        <source>Indicatoren</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Nulmeting</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Streefjaar</source>
        <translation>Target year</translation>
    </message>
    <message>
        <source>Indicator &amp;toevoegen</source>
        <translation>&amp;Add indicator</translation>
    </message>
    <message>
        <source>Indicator verwijderen</source>
        <translation>Remove indicator</translation>
    </message>
    <message>
        <source>Middelen per jaar</source>
        <translation>Resources per year</translation>
    </message>
    <message>
        <source>Investering</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>Ontv. inv.</source>
        <translation>Inv. income</translation>
    </message>
    <message>
        <source>Werking</source>
        <translation>Operating</translation>
    </message>
    <message>
        <source>Ontv. werking</source>
        <translation>Op. income</translation>
    </message>
    <message>
        <source>&lt;b&gt;Indicatoren&lt;/b&gt;</source>
        <translation>&lt;b&gt;Indicators&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fiches en middelen per jaar&lt;/b&gt; (met onderliggende doelen)</source>
        <translation>&lt;b&gt;Fiches and resources per year&lt;/b&gt; (with sub-goals)</translation>
    </message>
    <message>
        <source>Fiches onder de onderliggende doelen: {count}</source>
        <translation>Fiches under the sub-goals: {count}</translation>
    </message>
    <message>
        <source>Nog geen fiches onder dit doel.</source>
        <translation>No fiches under this goal yet.</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Trekker wijzigen</source>
        <translation>Change owner</translation>
    </message>
    <message>
        <source>Indicator {number}: het streefjaar ‘{year}’ is geen jaartal.</source>
        <translation>Indicator {number}: the target year ‘{year}’ is not a year.</translation>
    </message>
    <message>
        <source>Indicatoren wijzigen</source>
        <translation>Change indicators</translation>
    </message>
    <message>
        <source>Nieuwe indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>Indicator toevoegen</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>Nieuwe beleidsdoelstelling</source>
        <translation>New policy objective</translation>
    </message>
    <message>
        <source>Doel toevoegen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <source>Nieuw actieplan</source>
        <translation>New action plan</translation>
    </message>
    <message>
        <source>Nieuwe actie</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Doel verwijderen</source>
        <translation>Delete goal</translation>
    </message>
    <message>
        <source>Doel verplaatsen</source>
        <translation>Move goal</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source> (referentie)</source>
        <translation> (reference)</translation>
    </message>
    <message>
        <source>Cluster
samen</source>
        <translation>Cluster
as a whole</translation>
    </message>
    <message>
        <source>Het antwoord van {0} als geheel</source>
        <translation>The answer of {0} as a whole</translation>
    </message>
    <message>
        <source>Deelnemer {0} van {1}</source>
        <translation>Participant {0} of {1}</translation>
    </message>
    <message>
        <source>Resul-
taat</source>
        <translation>Re-
sult</translation>
    </message>
    <message>
        <source>Wat meetelt voor de roos: het gemiddelde van de deelnemers; zonder scores van deelnemers het antwoord van de cluster samen.</source>
        <translation>What counts for the rose: the average of the participants; without participants&apos; scores, the answer of the cluster as a whole.</translation>
    </message>
    <message>
        <source>Stelling</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>weet niet</source>
        <translation>don&apos;t know</translation>
    </message>
    <message>
        <source>leeg</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>{0} – belang van het domein</source>
        <translation>{0} – importance of the area</translation>
    </message>
    <message>
        <source>Gemiddelde van {0} deelnemer(s); een antwoord van de cluster samen telt hier niet mee. Wijzig de antwoorden per deelnemer (Invullen voor).</source>
        <translation>Average of {0} participant(s); an answer for the cluster as a whole does not count here. Change the answers per participant (Answer for).</translation>
    </message>
</context>
<context>
    <name>HouseStyle</name>
    <message>
        <source>Het rapport als geheel</source>
        <translation>The report as a whole</translation>
    </message>
    <message>
        <source>Werkwijze</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>SWOT-analyse</source>
        <translation>SWOT analysis</translation>
    </message>
    <message>
        <source>Positioneringsrozen</source>
        <translation>Positioning roses</translation>
    </message>
    <message>
        <source>Confrontatiematrix en strategieën</source>
        <translation>Confrontation matrix and strategies</translation>
    </message>
    <message>
        <source>Ontwikkelpaden en leidende principes</source>
        <translation>Development paths and leading principles</translation>
    </message>
    <message>
        <source>Rangschikking van de stemrondes</source>
        <translation>Ranking of the voting rounds</translation>
    </message>
    <message>
        <source>Fiches</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Het Word-rapport begint van het sjabloon van de gemeente: zijn stijlen, kop- en voettekst en logo. De PDF neemt het logo en de accentkleur over. Alles wordt in het werkbestand bewaard en reist mee naar een andere laptop.</source>
        <translation>The Word report starts from the municipality&apos;s template: its styles, header, footer and logo. The PDF takes the logo and the accent colour. Everything is kept in the workshop file and travels with it to another laptop.</translation>
    </message>
    <message>
        <source>Een inleiding en een besluit per deel, in gewone alinea&apos;s (een lege regel tussen twee alinea&apos;s). Ze komen in de PDF en in het Word-document.</source>
        <translation>An introduction and a conclusion per part, in plain paragraphs (a blank line between two paragraphs). They appear in the PDF and in the Word document.</translation>
    </message>
</context>
<context>
    <name>HouseStyleBox</name>
    <message>
        <source>Huisstijl</source>
        <translation>House style</translation>
    </message>
    <message>
        <source>Word-&amp;sjabloon kiezen…</source>
        <translation>Choose Word &amp;template…</translation>
    </message>
    <message>
        <source>Geen sjabloon</source>
        <translation>No template</translation>
    </message>
    <message>
        <source>&amp;Logo kiezen…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <source>Geen logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>&amp;Accentkleur…</source>
        <translation>&amp;Accent colour…</translation>
    </message>
    <message>
        <source>Standaardkleur</source>
        <translation>Default colour</translation>
    </message>
    <message>
        <source>Sjabloon:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Accentkleur:</source>
        <translation>Accent colour:</translation>
    </message>
    <message>
        <source>Sjabloon verwijderen</source>
        <translation>Remove template</translation>
    </message>
    <message>
        <source>Logo verwijderen</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Atelier-blauw</source>
        <translation>Atelier blue</translation>
    </message>
    <message>
        <source>Word-sjabloon van de gemeente</source>
        <translation>The municipality&apos;s Word template</translation>
    </message>
    <message>
        <source>Word-document of -sjabloon (*.docx *.dotx)</source>
        <translation>Word document or template (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Huisstijl kiezen</source>
        <translation>Choose house style</translation>
    </message>
    <message>
        <source>Logo van de gemeente</source>
        <translation>The municipality&apos;s logo</translation>
    </message>
    <message>
        <source>Afbeelding (*.png *.jpg *.jpeg)</source>
        <translation>Image (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Accentkleur van het rapport</source>
        <translation>Accent colour of the report</translation>
    </message>
    <message>
        <source>Accentkleur kiezen</source>
        <translation>Choose accent colour</translation>
    </message>
</context>
<context>
    <name>IdeasPage</name>
    <message>
        <source>Ideeën</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Binnengekomen, nog niet beoordeeld ({0})</source>
        <translation>Received, not yet decided ({0})</translation>
    </message>
    <message>
        <source>Aanvaard op het bord ({0})</source>
        <translation>Accepted on the board ({0})</translation>
    </message>
    <message>
        <source>Aanbevelingen</source>
        <translation>Recommendations</translation>
    </message>
</context>
<context>
    <name>IdeasQueue</name>
    <message>
        <source>— (aanbeveling)</source>
        <translation>— (recommendation)</translation>
    </message>
    <message>
        <source>Binnenkomende ideeën</source>
        <translation>Incoming ideas</translation>
    </message>
    <message>
        <source>Ideeënronde</source>
        <translation>Ideas round</translation>
    </message>
    <message>
        <source>Aantal ideeën</source>
        <translation>Number of ideas</translation>
    </message>
    <message>
        <source>Ideeën die wachten op een beslissing</source>
        <translation>Ideas waiting for a decision</translation>
    </message>
    <message>
        <source>&amp;Aanvaarden</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>&amp;Bewerken en aanvaarden</source>
        <translation>&amp;Edit and accept</translation>
    </message>
    <message>
        <source>&amp;Samenvoegen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>A&amp;fwijzen</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>Alles aanvaarden</source>
        <translation>Accept all</translation>
    </message>
    <message>
        <source>Binnenkomende teksten op het projectiescherm</source>
        <translation>Incoming texts on the projector</translation>
    </message>
    <message>
        <source>Uit: het projectiescherm toont alleen aanvaarde ideeën. Aan: ook wat nog niet beoordeeld is; kies dit alleen als de zaal alles mag zien.</source>
        <translation>Off: the projector shows accepted ideas only. On: also what has not been decided yet; choose this only when the room may see everything.</translation>
    </message>
    <message>
        <source>Op het p&amp;rojectiescherm</source>
        <translation>On the p&amp;rojector</translation>
    </message>
    <message>
        <source>Ronde:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <source>ontwerp</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>gesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>{0} nieuw · {1} aanvaard · {2} samengevoegd · {3} afgewezen</source>
        <translation>{0} new · {1} accepted · {2} merged · {3} rejected</translation>
    </message>
    <message>
        <source>{0} ideeën aanvaarden</source>
        <translation>Accept {0} ideas</translation>
    </message>
    <message>
        <source>Idee aanvaarden</source>
        <translation>Accept the idea</translation>
    </message>
    <message>
        <source>Alle ideeën aanvaarden</source>
        <translation>Accept all ideas</translation>
    </message>
    <message>
        <source>{0} ideeën afwijzen</source>
        <translation>Reject {0} ideas</translation>
    </message>
    <message>
        <source>Idee afwijzen</source>
        <translation>Reject the idea</translation>
    </message>
    <message>
        <source>Idee bewerken en aanvaarden</source>
        <translation>Edit and accept the idea</translation>
    </message>
    <message>
        <source>Geen gelijkaardig punt gevonden om mee samen te voegen.</source>
        <translation>No similar point found to merge with.</translation>
    </message>
    <message>
        <source>Samenvoegen met een bestaand punt</source>
        <translation>Merge with an existing point</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Excel importeren: {0}</source>
        <translation>Import Excel: {0}</translation>
    </message>
    <message>
        <source>{0} probleem/problemen gevonden. Er wordt niets ingelezen tot ze opgelost zijn.</source>
        <translation>{0} problem(s) found. Nothing is imported until they are solved.</translation>
    </message>
    <message>
        <source>Dit wordt ingelezen, in één keer (er wordt eerst een reservekopie gemaakt):</source>
        <translation>This will be imported, all at once (a backup is made first):</translation>
    </message>
    <message>
        <source>Deze werkmap verandert niets aan de workshop.</source>
        <translation>This workbook changes nothing in the workshop.</translation>
    </message>
    <message>
        <source>Verborgen bladen ook inlezen</source>
        <translation>Also read the hidden sheets</translation>
    </message>
    <message>
        <source>Wat nieuw en wat bijgewerkt wordt</source>
        <translation>What is new and what is updated</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Bijgewerkt</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Problemen per cel</source>
        <translation>Problems per cell</translation>
    </message>
    <message>
        <source>Blad</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Cel</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Wat er mis is</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <source>Niet ingelezen ({0}):</source>
        <translation>Not read ({0}):</translation>
    </message>
    <message>
        <source>Kolommen en bladen die niet ingelezen worden</source>
        <translation>Columns and sheets that are not read</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Waarom niet</source>
        <translation>Why not</translation>
    </message>
    <message>
        <source>(heel het blad)</source>
        <translation>(the whole sheet)</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source> (zeer verborgen)</source>
        <translation> (very hidden)</translation>
    </message>
    <message>
        <source>Deze werkmap heeft verborgen bladen: {0}. Ze worden mee ingelezen.</source>
        <translation>This workbook has hidden sheets: {0}. They are read as well.</translation>
    </message>
    <message>
        <source>Deze werkmap heeft verborgen bladen: {0}. Ze worden niet ingelezen, tenzij u dat hieronder aanvinkt.</source>
        <translation>This workbook has hidden sheets: {0}. They are not read unless you tick the box below.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>Lineage</name>
    <message>
        <source>Herkomst</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Nog niet afgeleid van een strategie of SWOT-punt.</source>
        <translation>Not yet derived from a strategy or SWOT point.</translation>
    </message>
    <message>
        <source>Strategieën</source>
        <translation>Strategies</translation>
    </message>
    <message>
        <source>SWOT-punten</source>
        <translation>SWOT points</translation>
    </message>
    <message>
        <source>via</source>
        <translation>via</translation>
    </message>
</context>
<context>
    <name>LocationsEditor</name>
    <message>
        <source>Locaties</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>Locatie toevoegen</source>
        <translation>Add location</translation>
    </message>
    <message>
        <source>Locatie wijzigen</source>
        <translation>Change location</translation>
    </message>
    <message>
        <source>Locatie verwijderen</source>
        <translation>Delete location</translation>
    </message>
    <message>
        <source>Locatie verplaatsen</source>
        <translation>Move location</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Deelgemeente</source>
        <translation>Sub-municipality</translation>
    </message>
    <message>
        <source>Leeg voor een locatie in de hoofdgemeente.</source>
        <translation>Empty for a location in the main municipality.</translation>
    </message>
    <message>
        <source>1 locatie</source>
        <translation>1 location</translation>
    </message>
    <message>
        <source>{0} locaties</source>
        <translation>{0} locations</translation>
    </message>
    <message>
        <source>{0}, waarvan {1} in een deelgemeente.</source>
        <translation>{0}, of which {1} in a sub-municipality.</translation>
    </message>
    <message>
        <source>Nieuwe locatie</source>
        <translation>New location</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>Sessies</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Opslagstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <source>Alleen lezen: wijzigingen worden niet bewaard</source>
        <translation>Read only: changes are not stored</translation>
    </message>
    <message>
        <source>{0} staat op een medium of in een map die alleen lezen toelaat (een USB-stick met schrijfbeveiliging, een netwerkmap). Kopieer het naar een map waarin je kunt schrijven om eraan te werken.</source>
        <translation>{0} is on a medium or in a folder that only allows reading (a USB stick with write protection, a network folder). Copy it to a folder you can write to in order to work on it.</translation>
    </message>
    <message>
        <source>✗ Niet opgeslagen</source>
        <translation>✗ Not saved</translation>
    </message>
    <message>
        <source>✓ Alles is opgeslagen in {0}</source>
        <translation>✓ Everything is saved in {0}</translation>
    </message>
    <message>
        <source>Elke wijziging wordt meteen bewaard; er is geen knop Opslaan.</source>
        <translation>Every change is saved at once; there is no Save button.</translation>
    </message>
    <message>
        <source>geen sessie</source>
        <translation>no session</translation>
    </message>
    <message>
        <source>geen cluster</source>
        <translation>no cluster</translation>
    </message>
    <message>
        <source>Sessie: {0}  ·  Cluster: {1}</source>
        <translation>Session: {0}  ·  Cluster: {1}</translation>
    </message>
    <message>
        <source>(alleen lezen)</source>
        <translation>(read only)</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Opnieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Sessie kiezen…</source>
        <translation>Choose &amp;session…</translation>
    </message>
    <message>
        <source>&amp;Cluster kiezen…</source>
        <translation>Choose &amp;cluster…</translation>
    </message>
    <message>
        <source>&amp;Volgende cluster</source>
        <translation>&amp;Next cluster</translation>
    </message>
    <message>
        <source>Vo&amp;rige cluster</source>
        <translation>Pre&amp;vious cluster</translation>
    </message>
    <message>
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Naar de &amp;navigator</source>
        <translation>Go to the &amp;navigator</translation>
    </message>
    <message>
        <source>Binnenkomende &amp;ideeën</source>
        <translation>Incoming &amp;ideas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Over Atelier</source>
        <translation>&amp;About Atelier</translation>
    </message>
    <message>
        <source>Binnenkomende ideeën</source>
        <translation>Incoming ideas</translation>
    </message>
</context>
<context>
    <name>MarkModel</name>
    <message>
        <source>{0} {1} × {2} {3}: gewicht {4} (0–3)</source>
        <translation>{0} {1} × {2} {3}: weight {4} (0–3)</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <source>Impact/inspanning-matrix</source>
        <translation>Impact/effort matrix</translation>
    </message>
    <message>
        <source>Nog geen scoreronde met stemmen.</source>
        <translation>No score round with votes yet.</translation>
    </message>
    <message>
        <source>Impact/inspanning-matrix · {0}</source>
        <translation>Impact/effort matrix · {0}</translation>
    </message>
    <message>
        <source>{0} fiches · bubbel: netto kost over de planningsperiode</source>
        <translation>{0} fiches · bubble: net cost over the planning period</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Scoreronde</source>
        <translation>Score round</translation>
    </message>
    <message>
        <source>Criterium op de horizontale as</source>
        <translation>Criterion on the horizontal axis</translation>
    </message>
    <message>
        <source>Criterium op de verticale as</source>
        <translation>Criterion on the vertical axis</translation>
    </message>
    <message>
        <source>Grote projecten</source>
        <translation>Major projects</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Quick wins</translation>
    </message>
    <message>
        <source>Niet doen</source>
        <translation>Don&apos;t do</translation>
    </message>
    <message>
        <source>Opvullers</source>
        <translation>Fill-ins</translation>
    </message>
    <message>
        <source>Kwadrant linksboven</source>
        <translation>Top left quadrant</translation>
    </message>
    <message>
        <source>Kwadrant rechtsboven</source>
        <translation>Top right quadrant</translation>
    </message>
    <message>
        <source>Kwadrant linksonder</source>
        <translation>Bottom left quadrant</translation>
    </message>
    <message>
        <source>Kwadrant rechtsonder</source>
        <translation>Bottom right quadrant</translation>
    </message>
    <message>
        <source>Impact/inspanning-matrix</source>
        <translation>Impact/effort matrix</translation>
    </message>
    <message>
        <source>Op het p&amp;rojectiescherm</source>
        <translation>On the p&amp;rojector</translation>
    </message>
    <message>
        <source>Ronde:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <source>Horizontaal:</source>
        <translation>Horizontal:</translation>
    </message>
    <message>
        <source>Verticaal:</source>
        <translation>Vertical:</translation>
    </message>
    <message>
        <source>Matrix instellen</source>
        <translation>Set up the matrix</translation>
    </message>
    <message>
        <source>Nog geen scoreronde met stemmen: de matrix toont de gemiddelden per criterium.</source>
        <translation>No score round with votes yet: the matrix shows the means per criterion.</translation>
    </message>
    <message>
        <source>{0} fiches · gemiddelde score per criterium van {1} tot {2} · bubbel: netto investering plus werking over de planningsperiode</source>
        <translation>{0} fiches · mean score per criterion from {1} to {2} · bubble: net investment plus operating over the planning period</translation>
    </message>
</context>
<context>
    <name>Meldingen</name>
    <message>
        <source>&apos;{column}&apos; is verplicht en mag niet leeg zijn.</source>
        <translation>&apos;{column}&apos; is required and must not be empty.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; heeft {count} stippen; {voters} deelnemers kunnen er hoogstens {most} geven.</source>
        <translation>&apos;{title}&apos; has {count} dots; {voters} participants can give it at most {most}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen datum (verwacht JJJJ-MM-DD).</source>
        <translation>&apos;{value}&apos; is not a date (expected YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen e-mailadres; verwacht iets als naam@gemeente.be.</source>
        <translation>&apos;{value}&apos; is not an e-mail address; expected something like name@municipality.be.</translation>
    </message>
    <message>
        <source>(geen clusters)</source>
        <translation>(no clusters)</translation>
    </message>
    <message>
        <source>Actie {number}</source>
        <translation>Action {number}</translation>
    </message>
    <message>
        <source>Actie {number} eindigt vóór ze begint.</source>
        <translation>Action {number} ends before it begins.</translation>
    </message>
    <message>
        <source>Alle rijen van één stembrief hebben dezelfde stemronde, bron, cluster en deelnemer; deze rij verschilt van de eerste rij van de stembrief.</source>
        <translation>All rows of one ballot have the same voting round, source, cluster and participant; this row differs from the ballot&apos;s first row.</translation>
    </message>
    <message>
        <source>Alleen een scoreronde heeft criteria: laat de cel leeg.</source>
        <translation>Only a score round has criteria: leave the cell empty.</translation>
    </message>
    <message>
        <source>Alleen punten uit hetzelfde kwadrant kunnen samengevoegd worden.</source>
        <translation>Only points from the same quadrant can be merged.</translation>
    </message>
    <message>
        <source>Atelier kent deze kolom niet in een blad met {what}</source>
        <translation>Atelier does not know this column in a sheet of {what}</translation>
    </message>
    <message>
        <source>Atelier leest de eerste {count} kolommen van een blad</source>
        <translation>Atelier reads the first {count} columns of a sheet</translation>
    </message>
    <message>
        <source>Bedreigingen</source>
        <translation>Threats</translation>
    </message>
    <message>
        <source>Bevraging &apos;{title}&apos;: de workshop heeft nog geen interne domeinen.</source>
        <translation>Survey &apos;{title}&apos;: the workshop has no internal areas yet.</translation>
    </message>
    <message>
        <source>Bevraging &apos;{title}&apos;: maak eerst de clusters, de antwoorden tellen per cluster.</source>
        <translation>Survey &apos;{title}&apos;: create the clusters first, the answers count per cluster.</translation>
    </message>
    <message>
        <source>Bron en doel zijn hetzelfde werkbestand.</source>
        <translation>Source and destination are the same workshop store.</translation>
    </message>
    <message>
        <source>Cluster &apos;{name}&apos; heeft {count} {what}: kies een cluster om ze naar te verplaatsen.</source>
        <translation>Cluster &apos;{name}&apos; has {count} {what}: choose a cluster to move them to.</translation>
    </message>
    <message>
        <source>Cluster &apos;{name}&apos; heeft {count} {what}; verwijder die eerst.</source>
        <translation>Cluster &apos;{name}&apos; has {count} {what}; delete those first.</translation>
    </message>
    <message>
        <source>De aanbeveling</source>
        <translation>The recommendation</translation>
    </message>
    <message>
        <source>De accentkleur &apos;{value}&apos; is geen kleur van de vorm #RRGGBB.</source>
        <translation>The accent colour &apos;{value}&apos; is not a colour of the form #RRGGBB.</translation>
    </message>
    <message>
        <source>De actie</source>
        <translation>The action</translation>
    </message>
    <message>
        <source>De actie eindigt vóór ze begint.</source>
        <translation>The action ends before it begins.</translation>
    </message>
    <message>
        <source>De afhankelijkheden</source>
        <translation>The dependencies</translation>
    </message>
    <message>
        <source>De auteur</source>
        <translation>The author</translation>
    </message>
    <message>
        <source>De beleidsdoelstelling</source>
        <translation>The policy objective</translation>
    </message>
    <message>
        <source>De beschrijving</source>
        <translation>The description</translation>
    </message>
    <message>
        <source>De bron is geen Atelier-werkbestand.</source>
        <translation>The source is not an Atelier workshop store.</translation>
    </message>
    <message>
        <source>De code</source>
        <translation>The code</translation>
    </message>
    <message>
        <source>De datum van het besluit is geen datum: {value}.</source>
        <translation>The date of the decision is not a date: {value}.</translation>
    </message>
    <message>
        <source>De deelgemeente</source>
        <translation>The sub-municipality</translation>
    </message>
    <message>
        <source>De financiële ruimte</source>
        <translation>The financial room</translation>
    </message>
    <message>
        <source>De geraamde kost</source>
        <translation>The estimated cost</translation>
    </message>
    <message>
        <source>De indicator</source>
        <translation>The indicator</translation>
    </message>
    <message>
        <source>De inleiding</source>
        <translation>The introduction</translation>
    </message>
    <message>
        <source>De investering</source>
        <translation>The investment</translation>
    </message>
    <message>
        <source>De kost van optie {id} moet een bedrag groter dan 0 zijn, niet {cost}.</source>
        <translation>The cost of option {id} must be an amount above 0, not {cost}.</translation>
    </message>
    <message>
        <source>De lijst met synoniemen</source>
        <translation>The list of synonyms</translation>
    </message>
    <message>
        <source>De locatie</source>
        <translation>The location</translation>
    </message>
    <message>
        <source>De motivering</source>
        <translation>The motivation</translation>
    </message>
    <message>
        <source>De naam</source>
        <translation>The name</translation>
    </message>
    <message>
        <source>De naam van de cluster</source>
        <translation>The cluster&apos;s name</translation>
    </message>
    <message>
        <source>De naam van de locatie</source>
        <translation>The location&apos;s name</translation>
    </message>
    <message>
        <source>De naam van het domein</source>
        <translation>The area&apos;s name</translation>
    </message>
    <message>
        <source>De nieuwe volgorde moet elke {label} precies één keer bevatten.</source>
        <translation>The new order must contain every {label} exactly once.</translation>
    </message>
    <message>
        <source>De nulmeting</source>
        <translation>The baseline</translation>
    </message>
    <message>
        <source>De omschrijving</source>
        <translation>The description</translation>
    </message>
    <message>
        <source>De ontvangsten investering</source>
        <translation>The investment income</translation>
    </message>
    <message>
        <source>De ontvangsten werking</source>
        <translation>The operating income</translation>
    </message>
    <message>
        <source>De organisatie</source>
        <translation>The organisation</translation>
    </message>
    <message>
        <source>De paraatheid</source>
        <translation>The readiness</translation>
    </message>
    <message>
        <source>De plaatsen van een rangschikking zijn 1, 2, 3, … (elke plaats één keer).</source>
        <translation>The places of a ranking are 1, 2, 3, … (each place once).</translation>
    </message>
    <message>
        <source>De planningsperiode eindigt vóór ze begint.</source>
        <translation>The planning period ends before it begins.</translation>
    </message>
    <message>
        <source>De planningsperiode moet uit twee jaartallen bestaan.</source>
        <translation>The planning period must consist of two years.</translation>
    </message>
    <message>
        <source>De postcode</source>
        <translation>The postcode</translation>
    </message>
    <message>
        <source>De regels liggen vast zodra de ronde geopend is.</source>
        <translation>The rules are fixed once the round has been opened.</translation>
    </message>
    <message>
        <source>De regels moeten een JSON-object zijn, zoals {{&quot;dots&quot;: 5}}.</source>
        <translation>The rules must be a JSON object, such as {{&quot;dots&quot;: 5}}.</translation>
    </message>
    <message>
        <source>De regels zijn geen geldige JSON.</source>
        <translation>The rules are not valid JSON.</translation>
    </message>
    <message>
        <source>De risico&apos;s</source>
        <translation>The risks</translation>
    </message>
    <message>
        <source>De rol</source>
        <translation>The role</translation>
    </message>
    <message>
        <source>De scoreschaal moet van een kleiner naar een groter getal lopen.</source>
        <translation>The score scale must run from a smaller to a larger number.</translation>
    </message>
    <message>
        <source>De stand van zaken</source>
        <translation>The status</translation>
    </message>
    <message>
        <source>De stelling</source>
        <translation>The statement</translation>
    </message>
    <message>
        <source>De stemserver kan niet luisteren op {host}:{port} ({reason}). Kies een andere poort of een ander netwerk.</source>
        <translation>The voting server cannot listen on {host}:{port} ({reason}). Choose another port or another network.</translation>
    </message>
    <message>
        <source>De stemserver kon niet starten.</source>
        <translation>The voting server could not start.</translation>
    </message>
    <message>
        <source>De streefwaarde</source>
        <translation>The target value</translation>
    </message>
    <message>
        <source>De tekst</source>
        <translation>The text</translation>
    </message>
    <message>
        <source>De tekst van het punt</source>
        <translation>The point&apos;s text</translation>
    </message>
    <message>
        <source>De titel</source>
        <translation>The title</translation>
    </message>
    <message>
        <source>De titel van de optie</source>
        <translation>The option&apos;s title</translation>
    </message>
    <message>
        <source>De titel van de ronde</source>
        <translation>The round&apos;s title</translation>
    </message>
    <message>
        <source>De titel van de sessie</source>
        <translation>The session&apos;s title</translation>
    </message>
    <message>
        <source>De titel van het doel</source>
        <translation>The goal&apos;s title</translation>
    </message>
    <message>
        <source>De titel van de strategie</source>
        <translation>The title of the strategy</translation>
    </message>
    <message>
        <source>De titel van het pad</source>
        <translation>The path&apos;s title</translation>
    </message>
    <message>
        <source>De titel van het principe</source>
        <translation>The principle&apos;s title</translation>
    </message>
    <message>
        <source>De titel van het voorstel</source>
        <translation>The proposal&apos;s title</translation>
    </message>
    <message>
        <source>De trekker</source>
        <translation>The owner</translation>
    </message>
    <message>
        <source>De uitleg</source>
        <translation>The explanation</translation>
    </message>
    <message>
        <source>De vraag</source>
        <translation>The question</translation>
    </message>
    <message>
        <source>De werking</source>
        <translation>The operating costs</translation>
    </message>
    <message>
        <source>Deze deelnemer heeft in deze ronde al een stembrief ({id}): één stembrief per persoon.</source>
        <translation>This participant already has a ballot in this round ({id}): one ballot per person.</translation>
    </message>
    <message>
        <source>Deze deelnemer hoort niet bij deze cluster.</source>
        <translation>This participant does not belong to this cluster.</translation>
    </message>
    <message>
        <source>Deze optie staat al eerder op deze stembrief.</source>
        <translation>This option is already on this ballot.</translation>
    </message>
    <message>
        <source>Deze rij hoort bij een ander deel; zet dit deel op een nieuwe rij zonder id.</source>
        <translation>This row belongs to another part; put this part on a new row without an id.</translation>
    </message>
    <message>
        <source>Deze rij hoort bij een ander doel.</source>
        <translation>This row belongs to another goal.</translation>
    </message>
    <message>
        <source>Deze rij hoort bij een ander ontwikkelpad of voorstel.</source>
        <translation>This row belongs to another development path or proposal.</translation>
    </message>
    <message>
        <source>Deze ronde heeft geen fiches om over te beslissen.</source>
        <translation>This round has no fiches to decide on.</translation>
    </message>
    <message>
        <source>Deze ronde heeft geen gelijke stand rond haar top; er is geen herstemming nodig.</source>
        <translation>This round has no tie at its top; no re-vote is needed.</translation>
    </message>
    <message>
        <source>Deze ronde is anoniem: een stem draagt geen naam.</source>
        <translation>This round is anonymous: a vote carries no name.</translation>
    </message>
    <message>
        <source>Deze ronde is anoniem: een stembrief draagt geen naam.</source>
        <translation>This round is anonymous: a ballot carries no name.</translation>
    </message>
    <message>
        <source>Deze stembrief ({where}) volgt de regels van de ronde niet: {problem}</source>
        <translation>This ballot ({where}) does not follow the round&apos;s rules: {problem}</translation>
    </message>
    <message>
        <source>Die deelnemer hoort niet bij deze workshop.</source>
        <translation>That participant does not belong to this workshop.</translation>
    </message>
    <message>
        <source>Die naam staat niet op de lijst van deelnemers: kies je naam uit de lijst.</source>
        <translation>That name is not on the list of participants: choose your name from the list.</translation>
    </message>
    <message>
        <source>Dit doel is een {label} in het werkbestand.</source>
        <translation>This goal is a {label} in the workshop file.</translation>
    </message>
    <message>
        <source>Dit domein heeft SWOT-punten; het kan niet van intern naar extern wisselen.</source>
        <translation>This area has SWOT points; it cannot switch between internal and external.</translation>
    </message>
    <message>
        <source>Dit lijkt de mobiele hotspot van Windows: die laat maximaal {limit} toestellen toe, en er zijn {expected} deelnemers. Gebruik een reisrouter of de wifi van de zaal, of laat een deel van de zaal op papier stemmen.</source>
        <translation>This looks like Windows&apos; mobile hotspot: it admits at most {limit} devices, and there are {expected} participants. Use a travel router or the venue&apos;s Wi-Fi, or let part of the room vote on paper.</translation>
    </message>
    <message>
        <source>Dit punt is opgenomen in een punt dat zelf opgenomen is.</source>
        <translation>This point is absorbed into a point that is itself absorbed.</translation>
    </message>
    <message>
        <source>Dit punt is zelf al opgenomen in een ander punt.</source>
        <translation>This point is itself already absorbed into another point.</translation>
    </message>
    <message>
        <source>Dit voorstel heeft al middelen per jaar (samen {total}); pas die aan in het blad Middelen in plaats van de geraamde kost.</source>
        <translation>This proposal already has resources per year (together {total}); change those in the Middelen sheet instead of the estimated cost.</translation>
    </message>
    <message>
        <source>Dit voorstel heeft al middelen voor {year}.</source>
        <translation>This proposal already has resources for {year}.</translation>
    </message>
    <message>
        <source>Een Word-sjabloon (--template) geldt alleen voor een .docx-rapport.</source>
        <translation>A Word template (--template) applies to a .docx report only.</translation>
    </message>
    <message>
        <source>Een actie</source>
        <translation>An action</translation>
    </message>
    <message>
        <source>Een actie hoort onder een actieplan.</source>
        <translation>An action belongs under an action plan.</translation>
    </message>
    <message>
        <source>Een actieplan hoort onder een beleidsdoelstelling.</source>
        <translation>An action plan belongs under a policy objective.</translation>
    </message>
    <message>
        <source>Een anonieme ronde kan niet meer op naam zodra ze geopend is.</source>
        <translation>An anonymous round cannot become named once it has been opened.</translation>
    </message>
    <message>
        <source>Een antwoord op een stelling ligt tussen {low} en {high}, of is null voor &apos;weet niet&apos;.</source>
        <translation>An answer to a statement lies between {low} and {high}, or is null for &apos;don&apos;t know&apos;.</translation>
    </message>
    <message>
        <source>Een bedrag is een getal vanaf 0.</source>
        <translation>An amount is a number from 0.</translation>
    </message>
    <message>
        <source>Een beleidsdoelstelling staat bovenaan, niet onder een ander doel.</source>
        <translation>A policy objective stands at the top, not under another goal.</translation>
    </message>
    <message>
        <source>Een bevraging beantwoord je op de telefoon; papieren antwoorden vul je in bij de vragenlijst van de interne analyse.</source>
        <translation>A survey is answered on the phone; enter paper answers in the questionnaire of the internal analysis.</translation>
    </message>
    <message>
        <source>Een bevraging gebruikt altijd de schaal {low} tot {high}.</source>
        <translation>A survey always uses the scale {low} to {high}.</translation>
    </message>
    <message>
        <source>Een bevraging heeft geen opties om op te stemmen.</source>
        <translation>A survey has no options to vote on.</translation>
    </message>
    <message>
        <source>Een bevraging heeft geen opties.</source>
        <translation>A survey has no options.</translation>
    </message>
    <message>
        <source>Een bevraging is altijd anoniem.</source>
        <translation>A survey is always anonymous.</translation>
    </message>
    <message>
        <source>Een bevraging is anoniem: een antwoord draagt geen naam.</source>
        <translation>A survey is anonymous: an answer carries no name.</translation>
    </message>
    <message>
        <source>Een doel heeft een titel nodig.</source>
        <translation>A goal needs a title.</translation>
    </message>
    <message>
        <source>Een budgetronde met hele fiches heeft &apos;whole&apos;: true en per optie een kost (&apos;costs&apos;).</source>
        <translation>A budget round with whole fiches has &apos;whole&apos;: true and a cost per option (&apos;costs&apos;).</translation>
    </message>
    <message>
        <source>Een domein is intern of extern.</source>
        <translation>An area is internal or external.</translation>
    </message>
    <message>
        <source>Een fiche hoort onder een actieplan of een actie, niet onder ‘{title}’.</source>
        <translation>A fiche belongs under an action plan or an action, not under ‘{title}’.</translation>
    </message>
    <message>
        <source>Een fiche kies je helemaal of niet: optie {id} kost {cost}, niet {amount}.</source>
        <translation>A fiche is taken whole or not at all: option {id} costs {cost}, not {amount}.</translation>
    </message>
    <message>
        <source>Een impact</source>
        <translation>An impact</translation>
    </message>
    <message>
        <source>Een paar in de confrontatiematrix is een sterkte of zwakte met een kans of bedreiging, niet {a} met {b}.</source>
        <translation>A pair in the confrontation matrix is a strength or weakness with an opportunity or threat, not {a} with {b}.</translation>
    </message>
    <message>
        <source>Een punt kan alleen opgenomen zijn in een punt van hetzelfde kwadrant.</source>
        <translation>A point can only be absorbed into a point of the same quadrant.</translation>
    </message>
    <message>
        <source>Een punt kan niet in zichzelf opgenomen zijn.</source>
        <translation>A point cannot be absorbed into itself.</translation>
    </message>
    <message>
        <source>Een punt kan niet met zichzelf samengevoegd worden.</source>
        <translation>A point cannot be merged with itself.</translation>
    </message>
    <message>
        <source>Een ronde die al geopend werd, krijgt geen nieuwe opties.</source>
        <translation>A round that has already been opened gets no new options.</translation>
    </message>
    <message>
        <source>Een score</source>
        <translation>A score</translation>
    </message>
    <message>
        <source>Een score ligt tussen {low} en {high}.</source>
        <translation>A score lies between {low} and {high}.</translation>
    </message>
    <message>
        <source>Een scoreronde heeft minstens één criterium nodig.</source>
        <translation>A score round needs at least one criterion.</translation>
    </message>
    <message>
        <source>Een stem van een telefoon kan je niet verwijderen; de telefoon kan ze wel aanpassen.</source>
        <translation>A vote from a phone cannot be removed; the phone can change it, though.</translation>
    </message>
    <message>
        <source>Een stembrief hoort bij één ronde.</source>
        <translation>A ballot belongs to one round.</translation>
    </message>
    <message>
        <source>Een stembrief hoort bij één ronde; verplaats hem niet.</source>
        <translation>A ballot belongs to one round; do not move it.</translation>
    </message>
    <message>
        <source>Een stembrief op naam hoort bij een deelnemer met een naam.</source>
        <translation>A named ballot belongs to a participant with a name.</translation>
    </message>
    <message>
        <source>Een van de gekozen punten is al samengevoegd.</source>
        <translation>One of the chosen points has already been merged.</translation>
    </message>
    <message>
        <source>Een {field}-strategie komt voort uit {a} en {b}; &apos;{text}&apos; is geen van beide.</source>
        <translation>A {field} strategy comes from {a} and {b}; &apos;{text}&apos; is neither.</translation>
    </message>
    <message>
        <source>Elk criterium heeft een eigen id nodig.</source>
        <translation>Each criterion needs its own id.</translation>
    </message>
    <message>
        <source>Elk criterium heeft een titel nodig.</source>
        <translation>Each criterion needs a title.</translation>
    </message>
    <message>
        <source>Elke optie mag maar één keer in de rangschikking staan.</source>
        <translation>Each option may appear only once in the ranking.</translation>
    </message>
    <message>
        <source>Elke optie mag maar één keer in een ronde staan.</source>
        <translation>Each option may appear only once in a round.</translation>
    </message>
    <message>
        <source>Er bestaat al een SWOT-punt met id {id}.</source>
        <translation>A SWOT point with id {id} already exists.</translation>
    </message>
    <message>
        <source>Er bestaat al een stelling met id {id}.</source>
        <translation>A statement with id {id} already exists.</translation>
    </message>
    <message>
        <source>Er bestaat al een {label} met id {id}.</source>
        <translation>A {label} with id {id} already exists.</translation>
    </message>
    <message>
        <source>Er is al een cluster &apos;{name}&apos;.</source>
        <translation>There already is a cluster &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Er is al een domein &apos;{name}&apos;.</source>
        <translation>There already is an area &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Er is nog niets beantwoord.</source>
        <translation>Nothing has been answered yet.</translation>
    </message>
    <message>
        <source>Er staat al een ronde open: er kan er maar één open zijn.</source>
        <translation>A round is already open: only one can be open.</translation>
    </message>
    <message>
        <source>Er zijn meerdere deelnemers met die naam: kies je naam uit de lijst.</source>
        <translation>There are several participants with that name: choose your name from the list.</translation>
    </message>
    <message>
        <source>Er zijn {count} {what}s met de naam &apos;{name}&apos;; gebruik het id om te zeggen welke.</source>
        <translation>There are {count} {what}s named &apos;{name}&apos;; use the id to say which.</translation>
    </message>
    <message>
        <source>Export geannuleerd; er werd geen bestand geschreven.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Geef de waarde voor deze optie.</source>
        <translation>Give the value for this option.</translation>
    </message>
    <message>
        <source>Geef het aantal deelnemers op papier (minstens 1).</source>
        <translation>Give the number of participants on paper (at least 1).</translation>
    </message>
    <message>
        <source>Geen SWOT-punt met id {id}.</source>
        <translation>No SWOT point with id {id}.</translation>
    </message>
    <message>
        <source>Geen cluster &apos;{name}&apos;. Kies uit: {names}.</source>
        <translation>No cluster &apos;{name}&apos;. Choose from: {names}.</translation>
    </message>
    <message>
        <source>Geen doel met code, id of titel ‘{value}’.</source>
        <translation>No goal with code, id or title ‘{value}’.</translation>
    </message>
    <message>
        <source>Geen enkele gekozen fiche heeft een kost: er valt niets te kiezen.</source>
        <translation>None of the chosen fiches has a cost: there is nothing to choose.</translation>
    </message>
    <message>
        <source>Geen fiche met code {code}.</source>
        <translation>No fiche with code {code}.</translation>
    </message>
    <message>
        <source>Geen stemronde {ref}: geef een id of een nummer van 1 tot {count}.</source>
        <translation>No voting round {ref}: give an id or a number from 1 to {count}.</translation>
    </message>
    <message>
        <source>Geen verbinding met de server {store}: {why}</source>
        <translation>No connection to the server {store}: {why}</translation>
    </message>
    <message>
        <source>Geen workshop met id {id}.</source>
        <translation>No workshop with id {id}.</translation>
    </message>
    <message>
        <source>Geen {label} met id {id}.</source>
        <translation>No {label} with id {id}.</translation>
    </message>
    <message>
        <source>Geen {what} met id {id}.</source>
        <translation>No {what} with id {id}.</translation>
    </message>
    <message>
        <source>Herstemming: {title}</source>
        <translation>Re-vote: {title}</translation>
    </message>
    <message>
        <source>Het aantal stippen moet een geheel getal vanaf 0 zijn.</source>
        <translation>The number of dots must be a whole number from 0.</translation>
    </message>
    <message>
        <source>Het aantal stippen voor &apos;{title}&apos; moet een geheel getal vanaf 0 zijn.</source>
        <translation>The number of dots for &apos;{title}&apos; must be a whole number from 0.</translation>
    </message>
    <message>
        <source>Het aantal toestellen per netwerkadres is een geheel getal van 1 tot {most}.</source>
        <translation>The number of devices per network address is a whole number from 1 to {most}.</translation>
    </message>
    <message>
        <source>Het adres</source>
        <translation>The address</translation>
    </message>
    <message>
        <source>Het belang</source>
        <translation>The importance</translation>
    </message>
    <message>
        <source>Het belang van een domein ligt tussen {low} en {high}.</source>
        <translation>An area&apos;s importance lies between {low} and {high}.</translation>
    </message>
    <message>
        <source>Het besluit</source>
        <translation>The conclusion</translation>
    </message>
    <message>
        <source>Het budget moet groter dan 0 zijn.</source>
        <translation>The budget must be greater than 0.</translation>
    </message>
    <message>
        <source>Het budget moet groter dan 0 zijn; de financiële ruimte over de planperiode is {room}. Geef een budget op.</source>
        <translation>The budget must be above 0; the financial room over the planning period is {room}. Give a budget.</translation>
    </message>
    <message>
        <source>Het document &apos;{preset}&apos; bevat het deel &apos;{part}&apos; niet: kies uit {parts}.</source>
        <translation>The document &apos;{preset}&apos; does not contain the part &apos;{part}&apos;: choose from {parts}.</translation>
    </message>
    <message>
        <source>Het doelbestand moet precies één workshop bevatten om samen te voegen.</source>
        <translation>The target file must hold exactly one workshop to merge.</translation>
    </message>
    <message>
        <source>Het gewicht van &apos;{title}&apos; moet groter dan 0 zijn.</source>
        <translation>The weight of &apos;{title}&apos; must be greater than 0.</translation>
    </message>
    <message>
        <source>Het gewicht van een paar moet 0, 1, 2 of 3 zijn, niet {value}.</source>
        <translation>The weight of a pair must be 0, 1, 2 or 3, not {value}.</translation>
    </message>
    <message>
        <source>Het jaar {year} staat al hoger in dit blad.</source>
        <translation>The year {year} is already higher up in this sheet.</translation>
    </message>
    <message>
        <source>Het werkbestand bevat nog geen workshop.</source>
        <translation>The workshop file holds no workshop yet.</translation>
    </message>
    <message>
        <source>Hoe beperken we zwaktes en bedreigingen samen?</source>
        <translation>How do we limit weaknesses and threats together?</translation>
    </message>
    <message>
        <source>Hoe werken we zwaktes weg door kansen te benutten?</source>
        <translation>How do we overcome weaknesses by using opportunities?</translation>
    </message>
    <message>
        <source>Hoe zetten we onze sterktes in om kansen te grijpen?</source>
        <translation>How do we use our strengths to seize opportunities?</translation>
    </message>
    <message>
        <source>Hoe zetten we onze sterktes in tegen de bedreigingen?</source>
        <translation>How do we use our strengths against the threats?</translation>
    </message>
    <message>
        <source>Hoogstens {amount} in totaal.</source>
        <translation>At most {amount} in total.</translation>
    </message>
    <message>
        <source>Hoogstens {count} stippen in totaal.</source>
        <translation>At most {count} dots in total.</translation>
    </message>
    <message>
        <source>Hoogstens {count} stippen per optie.</source>
        <translation>At most {count} dots per option.</translation>
    </message>
    <message>
        <source>Id {id} hoort bij een andere workshop.</source>
        <translation>Id {id} belongs to another workshop.</translation>
    </message>
    <message>
        <source>Id {id} staat meer dan eens in de werkmap.</source>
        <translation>Id {id} appears more than once in the workbook.</translation>
    </message>
    <message>
        <source>Import geannuleerd; er werd niets gewijzigd.</source>
        <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>In orde: de stempagina antwoordt op {url}. Telefoons op hetzelfde netwerk bereiken ze ook, tenzij dat netwerk toestellen van elkaar afschermt (gastnetwerken): laat bij twijfel één telefoon het adres openen.</source>
        <translation>All right: the voting page answers at {url}. Phones on the same network reach it too, unless that network isolates devices from each other (guest networks): when in doubt, let one phone open the address.</translation>
    </message>
    <message>
        <source>Indicator {number}</source>
        <translation>Indicator {number}</translation>
    </message>
    <message>
        <source>Investering {year}</source>
        <translation>Investment {year}</translation>
    </message>
    <message>
        <source>Investeringsruimte {year}</source>
        <translation>Investment room {year}</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Je keuze kost {spent}, meer dan het budget van {budget}.</source>
        <translation>Your choice costs {spent}, more than the budget of {budget}.</translation>
    </message>
    <message>
        <source>Kies een andere cluster om de punten naar te verplaatsen.</source>
        <translation>Choose another cluster to move the points to.</translation>
    </message>
    <message>
        <source>Kies een top van minstens 1.</source>
        <translation>Choose a top of at least 1.</translation>
    </message>
    <message>
        <source>Kies het deel van het rapport.</source>
        <translation>Choose the part of the report.</translation>
    </message>
    <message>
        <source>Kies het doel van de indicator.</source>
        <translation>Choose the indicator&apos;s goal.</translation>
    </message>
    <message>
        <source>Kies je cluster: bij een bevraging tellen de antwoorden per cluster.</source>
        <translation>Choose your cluster: in a survey the answers count per cluster.</translation>
    </message>
    <message>
        <source>Kies minstens één ander punt om samen te voegen.</source>
        <translation>Choose at least one other point to merge.</translation>
    </message>
    <message>
        <source>Kleur {value} is geen kleurcode zoals #4E79A7.</source>
        <translation>Colour {value} is not a colour code such as #4E79A7.</translation>
    </message>
    <message>
        <source>Koppel aan het samengevoegde punt, niet aan een opgenomen punt.</source>
        <translation>Link to the merged point, not to an absorbed point.</translation>
    </message>
    <message>
        <source>Kost voor een optie die niet in de ronde staat: {ids}.</source>
        <translation>A cost for an option that is not in the round: {ids}.</translation>
    </message>
    <message>
        <source>Kost voor iets dat niet in de ronde staat: {ids}.</source>
        <translation>A cost for something that is not in the round: {ids}.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Maak een stemronde met create_round.</source>
        <translation>Create a voting round with create_round.</translation>
    </message>
    <message>
        <source>Markeer het samengevoegde punt, niet een opgenomen punt.</source>
        <translation>Mark the consolidated point, not an absorbed point.</translation>
    </message>
    <message>
        <source>Methode en status van een bestaande ronde wijzig je in Atelier, niet in de werkmap.</source>
        <translation>Change the method and status of an existing round in Atelier, not in the workbook.</translation>
    </message>
    <message>
        <source>Middelen</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Niet opgeslagen: de reservekopie bij het openen van {file} mislukte ({reason}).</source>
        <translation>Not saved: the backup made on opening {file} failed ({reason}).</translation>
    </message>
    <message>
        <source>Niet opgeslagen: er kon niet naar {file} geschreven worden ({reason}). De laatste wijziging is niet bewaard; alles daarvóór wel. Maak ruimte vrij of controleer de schijf en probeer opnieuw.</source>
        <translation>Not saved: {file} could not be written ({reason}). The last change was not stored; everything before it was. Free up space or check the disk and try again.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: iemand anders wijzigde hetzelfde tegelijk op {file}. Probeer opnieuw.</source>
        <translation>Not saved: someone else changed the same thing at the same time in {file}. Try again.</translation>
    </message>
    <message>
        <source>Niet teruggezet: er bestaat intussen een gelijke {label}.</source>
        <translation>Not restored: an identical {label} exists by now.</translation>
    </message>
    <message>
        <source>Niet verwijderd: nog in gebruik door {what} ({count}).</source>
        <translation>Not deleted: still used by {what} ({count}).</translation>
    </message>
    <message>
        <source>Onbekend besluit {value}: kies ja, nee, later of open.</source>
        <translation>Unknown decision {value}: choose ja, nee, later or open.</translation>
    </message>
    <message>
        <source>Onbekend criterium &apos;{name}&apos;; kies uit {known}.</source>
        <translation>Unknown criterion &apos;{name}&apos;; choose from {known}.</translation>
    </message>
    <message>
        <source>Onbekend criterium: {id}.</source>
        <translation>Unknown criterion: {id}.</translation>
    </message>
    <message>
        <source>Onbekend deel &apos;{part}&apos;: kies uit {parts}.</source>
        <translation>Unknown part &apos;{part}&apos;: choose from {parts}.</translation>
    </message>
    <message>
        <source>Onbekend document &apos;{name}&apos;: kies uit {names}.</source>
        <translation>Unknown document &apos;{name}&apos;: choose from {names}.</translation>
    </message>
    <message>
        <source>Onbekend domein: {id}.</source>
        <translation>Unknown area: {id}.</translation>
    </message>
    <message>
        <source>Onbekend kwadrant {value}: kies S, W, O of T (sterkte, zwakte, kans, bedreiging).</source>
        <translation>Unknown quadrant {value}: choose S, W, O or T (strength, weakness, opportunity, threat).</translation>
    </message>
    <message>
        <source>Onbekend onderdeel in de antwoorden: {key}.</source>
        <translation>Unknown part in the answers: {key}.</translation>
    </message>
    <message>
        <source>Onbekend veld {value}: kies uit SO, ST, WO of WT.</source>
        <translation>Unknown field {value}: choose SO, ST, WO or WT.</translation>
    </message>
    <message>
        <source>Onbekend veld: {fields}.</source>
        <translation>Unknown field: {fields}.</translation>
    </message>
    <message>
        <source>Onbekende cluster: {name}.</source>
        <translation>Unknown cluster: {name}.</translation>
    </message>
    <message>
        <source>Onbekende doelgroep {group}: kies uit {names}.</source>
        <translation>Unknown target group {group}: choose from {names}.</translation>
    </message>
    <message>
        <source>Onbekende fiche: {ids}.</source>
        <translation>Unknown fiche: {ids}.</translation>
    </message>
    <message>
        <source>Onbekende kostenbasis {basis}: investment of total.</source>
        <translation>Unknown cost basis {basis}: investment or total.</translation>
    </message>
    <message>
        <source>Onbekende optie: {id}.</source>
        <translation>Unknown option: {id}.</translation>
    </message>
    <message>
        <source>Onbekende soort optie {kind}.</source>
        <translation>Unknown kind of option {kind}.</translation>
    </message>
    <message>
        <source>Onbekende stelling: {id}.</source>
        <translation>Unknown statement: {id}.</translation>
    </message>
    <message>
        <source>&apos;per_cluster&apos; is waar of onwaar.</source>
        <translation>&apos;per_cluster&apos; is true or false.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen kans of bedreiging.</source>
        <translation>&apos;{text}&apos; is not an opportunity or threat.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen sterkte of zwakte.</source>
        <translation>&apos;{text}&apos; is not a strength or weakness.</translation>
    </message>
    <message>
        <source>Aanvaard</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Beslis over de ideeën van één ronde tegelijk.</source>
        <translation>Decide on the ideas of one round at a time.</translation>
    </message>
    <message>
        <source>De langste tekst van een idee is een geheel getal van 1 tot {most} tekens.</source>
        <translation>The longest text of an idea is a whole number from 1 to {most} characters.</translation>
    </message>
    <message>
        <source>De matrix heeft vier kwadranten.</source>
        <translation>The matrix has four quadrants.</translation>
    </message>
    <message>
        <source>De naam van de doelgroep</source>
        <translation>The name of the target group</translation>
    </message>
    <message>
        <source>De naam van de doelgroep is te lang (hoogstens 200 tekens).</source>
        <translation>The name of the target group is too long (at most 200 characters).</translation>
    </message>
    <message>
        <source>De naam van het criterium is te lang.</source>
        <translation>The criterion&apos;s name is too long.</translation>
    </message>
    <message>
        <source>De ronde &apos;{title}&apos; is geen scoreronde: de matrix toont de gemiddelden per criterium van een scoreronde.</source>
        <translation>The round &apos;{title}&apos; is not a score round: the matrix shows a score round&apos;s means per criterion.</translation>
    </message>
    <message>
        <source>De trekker is te lang (hoogstens 300 tekens).</source>
        <translation>The owner is too long (at most 300 characters).</translation>
    </message>
    <message>
        <source>Deze ronde vraagt geen kwadrant: stuur het idee zonder &apos;quadrant&apos;.</source>
        <translation>This round asks for no quadrant: send the idea without &apos;quadrant&apos;.</translation>
    </message>
    <message>
        <source>Deze stap is al opnieuw gedaan.</source>
        <translation>This step has already been redone.</translation>
    </message>
    <message>
        <source>Dit paar hoort in het veld {field}, niet in {given}.</source>
        <translation>This pair belongs in the field {field}, not in {given}.</translation>
    </message>
    <message>
        <source>Dit paar staat al hoger in dit blad.</source>
        <translation>This pair is already listed higher up on this sheet.</translation>
    </message>
    <message>
        <source>Doelgroep ‘{name}’ wordt nog gebruikt door {count} impact(en) in: {paths}. Verplaats die eerst naar een andere doelgroep.</source>
        <translation>Target group ‘{name}’ is still used by {count} impact(s) in: {paths}. Move them to another target group first.</translation>
    </message>
    <message>
        <source>Een anonieme deelnemer kan geen trekker zijn; typ een naam.</source>
        <translation>An anonymous participant cannot be the owner; type a name.</translation>
    </message>
    <message>
        <source>Een idee zonder kwadrant wordt een aanbeveling, en die hoort bij een domein: maak eerst een domein (interne of externe analyse).</source>
        <translation>An idea without a quadrant becomes a recommendation, which belongs to an area: make an area first (internal or external analysis).</translation>
    </message>
    <message>
        <source>Een ideeënronde heeft geen opties om op te stemmen.</source>
        <translation>An ideas round has no options to vote on.</translation>
    </message>
    <message>
        <source>Een ideeënronde heeft geen opties.</source>
        <translation>An ideas round has no options.</translation>
    </message>
    <message>
        <source>Er is al een doelgroep ‘{name}’.</source>
        <translation>There already is a target group ‘{name}’.</translation>
    </message>
    <message>
        <source>Er zijn {count} SWOT-punten met de tekst &apos;{text}&apos;; gebruik het id (blad SWOT) om te zeggen welk.</source>
        <translation>There are {count} SWOT points with the text &apos;{text}&apos;; use the id (SWOT sheet) to say which.</translation>
    </message>
    <message>
        <source>Geen idee met id {id} in deze ronde.</source>
        <translation>No idea with id {id} in this round.</translation>
    </message>
    <message>
        <source>Geen idee met id {id}.</source>
        <translation>No idea with id {id}.</translation>
    </message>
    <message>
        <source>Het begin {id} past bij meerdere ideeën: geef meer tekens.</source>
        <translation>The start {id} fits several ideas: give more characters.</translation>
    </message>
    <message>
        <source>Het idee (&apos;text&apos;) moet tekst zijn.</source>
        <translation>The idea (&apos;text&apos;) must be text.</translation>
    </message>
    <message>
        <source>Het idee bevat tekens die geen tekst zijn.</source>
        <translation>The idea holds characters that are not text.</translation>
    </message>
    <message>
        <source>Het idee is leeg: schrijf eerst iets.</source>
        <translation>The idea is empty: write something first.</translation>
    </message>
    <message>
        <source>Het idee is te lang: {length} tekens, hoogstens {most}.</source>
        <translation>The idea is too long: {length} characters, at most {most}.</translation>
    </message>
    <message>
        <source>Het label van het kwadrant {place} is te lang (hoogstens {max} tekens).</source>
        <translation>The label of the quadrant {place} is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>Kies bij je idee: sterkte, zwakte, kans of bedreiging.</source>
        <translation>Choose for your idea: strength, weakness, opportunity or threat.</translation>
    </message>
    <message>
        <source>Kies de doelgroep van deze impact.</source>
        <translation>Choose the target group of this impact.</translation>
    </message>
    <message>
        <source>Kies de kwadranten uit S, W, O en T (sterkte, zwakte, kans, bedreiging).</source>
        <translation>Choose the quadrants from S, W, O and T (strength, weakness, opportunity, threat).</translation>
    </message>
    <message>
        <source>Kies een andere doelgroep om de impact naar te verplaatsen.</source>
        <translation>Choose another target group to move the impact to.</translation>
    </message>
    <message>
        <source>Kies eerst je cluster.</source>
        <translation>Choose your cluster first.</translation>
    </message>
    <message>
        <source>Kies het samengevoegde punt voor de synthese, niet een opgenomen punt.</source>
        <translation>Choose the merged point for the synthesis, not a point it absorbed.</translation>
    </message>
    <message>
        <source>Kies hoeveel punten de synthese telt (minstens 1).</source>
        <translation>Choose how many points the synthesis has (at least 1).</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Onbekend SWOT-punt &apos;{text}&apos;.</source>
        <translation>Unknown SWOT point &apos;{text}&apos;.</translation>
    </message>
    <message>
        <source>Onbekend kwadrant {value}: kies uit {asked}.</source>
        <translation>Unknown quadrant {value}: choose from {asked}.</translation>
    </message>
    <message>
        <source>Onbekende stemmethode {value}: dots, score, rank, budget, survey of ideas.</source>
        <translation>Unknown voting method {value}: dots, score, rank, budget, survey or ideas.</translation>
    </message>
    <message>
        <source>Onbekende {what} &apos;{name}&apos;.</source>
        <translation>Unknown {what} &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Onder een actie komt geen ander doel.</source>
        <translation>No goal goes under an action.</translation>
    </message>
    <message>
        <source>Ontvangsten investering {year}</source>
        <translation>Investment income {year}</translation>
    </message>
    <message>
        <source>Ontvangsten werking {year}</source>
        <translation>Operating income {year}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Opportuniteiten</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Optie {id} heeft geen kost en kan niet gekozen worden.</source>
        <translation>Option {id} has no cost and cannot be chosen.</translation>
    </message>
    <message>
        <source>Over dit idee is al beslist: {text}</source>
        <translation>This idea has already been decided on: {text}</translation>
    </message>
    <message>
        <source>Papieren totalen gelden alleen voor een stippenronde.</source>
        <translation>Paper totals only apply to a dots round.</translation>
    </message>
    <message>
        <source>Paraatheid geldt alleen voor externe domeinen.</source>
        <translation>Readiness only applies to external areas.</translation>
    </message>
    <message>
        <source>Rangschik hoogstens {count} opties.</source>
        <translation>Rank at most {count} options.</translation>
    </message>
    <message>
        <source>Rapport geannuleerd; er werd geen bestand geschreven.</source>
        <translation>Report cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Regel &apos;{key}&apos; moet een geheel getal vanaf 1 zijn.</source>
        <translation>Rule &apos;{key}&apos; must be a whole number from 1.</translation>
    </message>
    <message>
        <source>Regel {line} van de synoniemen noemt maar één woord: zet minstens twee woorden met een komma ertussen.</source>
        <translation>Line {line} of the synonyms names one word only: put at least two words with a comma between them.</translation>
    </message>
    <message>
        <source>Reservekopie van {file} is beschadigd: {problems}</source>
        <translation>Backup of {file} is damaged: {problems}</translation>
    </message>
    <message>
        <source>Ronde &apos;{title}&apos; heeft al stemmen op naam: ze kan niet meer anoniem worden. Maak een nieuwe, anonieme ronde.</source>
        <translation>Round &apos;{title}&apos; already has named ballots: it can no longer become anonymous. Make a new, anonymous round.</translation>
    </message>
    <message>
        <source>Ronde &apos;{title}&apos; heeft geen optie &apos;{name}&apos;.</source>
        <translation>Round &apos;{title}&apos; has no option &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Ronde &apos;{title}&apos; heeft geen optie met id {id}.</source>
        <translation>Round &apos;{title}&apos; has no option with id {id}.</translation>
    </message>
    <message>
        <source>Ronde &apos;{title}&apos; heeft geen opties om op te stemmen: maak een ronde met minstens één voorstel, SWOT-punt of ontwikkelpad.</source>
        <translation>Round &apos;{title}&apos; has no options to vote on: create a round with at least one proposal, SWOT point or development path.</translation>
    </message>
    <message>
        <source>Ronde &apos;{title}&apos; heeft {count} opties met de titel &apos;{name}&apos;; gebruik het id om te zeggen welke.</source>
        <translation>Round &apos;{title}&apos; has {count} options titled &apos;{name}&apos;; use the id to say which.</translation>
    </message>
    <message>
        <source>Ronde &apos;{title}&apos; is een bevraging: haar antwoorden staan bij de bladen Antwoorden en Beoordelingen, niet als stembrieven.</source>
        <translation>Round &apos;{title}&apos; is a survey: its answers belong in the sheets Antwoorden and Beoordelingen, not as ballots.</translation>
    </message>
    <message>
        <source>Ronde &apos;{title}&apos; is geen bevraging.</source>
        <translation>Round &apos;{title}&apos; is not a survey.</translation>
    </message>
    <message>
        <source>Ronde &apos;{title}&apos; is geen ideeënronde.</source>
        <translation>Round &apos;{title}&apos; is not an ideas round.</translation>
    </message>
    <message>
        <source>Ronde &apos;{title}&apos; is gesloten en kan niet opnieuw open.</source>
        <translation>Round &apos;{title}&apos; is closed and cannot open again.</translation>
    </message>
    <message>
        <source>Ronde &apos;{title}&apos; is niet meer open: de stembrief blijft.</source>
        <translation>Round &apos;{title}&apos; is no longer open: the ballot stays.</translation>
    </message>
    <message>
        <source>Ronde &apos;{title}&apos; is niet open.</source>
        <translation>Round &apos;{title}&apos; is not open.</translation>
    </message>
    <message>
        <source>Ronde &apos;{title}&apos; is nog een ontwerp en heeft dus geen stembrieven.</source>
        <translation>Round &apos;{title}&apos; is still a draft and so has no ballots.</translation>
    </message>
    <message>
        <source>Ronde &apos;{title}&apos; is nog niet geopend.</source>
        <translation>Round &apos;{title}&apos; has not been opened yet.</translation>
    </message>
    <message>
        <source>Ronde &apos;{title}&apos; is nog open: sluit die eerst.</source>
        <translation>Round &apos;{title}&apos; is still open: close it first.</translation>
    </message>
    <message>
        <source>SDG van een voorstel</source>
        <translation>SDG of a proposal</translation>
    </message>
    <message>
        <source>SDG {number} bestaat niet: kies nummers van 1 tot 17.</source>
        <translation>SDG {number} does not exist: choose numbers from 1 to 17.</translation>
    </message>
    <message>
        <source>SDG {value} bestaat niet: kies uit 1 tot 17.</source>
        <translation>SDG {value} does not exist: choose from 1 to 17.</translation>
    </message>
    <message>
        <source>SDG&apos;s van voorstellen</source>
        <translation>SDGs of proposals</translation>
    </message>
    <message>
        <source>SDG-nummers zoals &apos;3, 11&apos;</source>
        <translation>SDG numbers such as &apos;3, 11&apos;</translation>
    </message>
    <message>
        <source>SO: offensief</source>
        <translation>SO: offensive</translation>
    </message>
    <message>
        <source>ST: defensief</source>
        <translation>ST: defensive</translation>
    </message>
    <message>
        <source>SWOT-punt</source>
        <translation>SWOT point</translation>
    </message>
    <message>
        <source>SWOT-punten</source>
        <translation>SWOT points</translation>
    </message>
    <message>
        <source>Samengevoegd</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Samenvoegen geannuleerd; er werd niets gewijzigd.</source>
        <translation>Merge cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Sluit de ronde {title} eerst: pas dan ligt de rangschikking vast.</source>
        <translation>Close the round {title} first: only then is the ranking final.</translation>
    </message>
    <message>
        <source>Stellingen horen bij een intern domein.</source>
        <translation>Statements belong to an internal area.</translation>
    </message>
    <message>
        <source>Stembrief {id} hoort bij een andere workshop.</source>
        <translation>Ballot {id} belongs to another workshop.</translation>
    </message>
    <message>
        <source>Stemronde ‘{title}’ gaat niet over SWOT-punten.</source>
        <translation>Voting round ‘{title}’ is not about SWOT points.</translation>
    </message>
    <message>
        <source>Stemronde ‘{title}’ is nog niet gesloten.</source>
        <translation>Voting round ‘{title}’ is not closed yet.</translation>
    </message>
    <message>
        <source>Sterke punten</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Teken {char} ({code}) staat niet in het lettertype van het rapport: {count} keer afgedrukt als {shown}.</source>
        <translation>Character {char} ({code}) is not in the report&apos;s font: printed {count} times as {shown}.</translation>
    </message>
    <message>
        <source>Telefoons kunnen de stempagina niet bereiken op {url}: {why}. Kies een ander netwerk, zet het netwerk op &apos;Privé&apos; en sta Atelier toe in de firewall, of werk met papieren stembiljetten.</source>
        <translation>Phones cannot reach the voting page at {url}: {why}. Choose another network, set the network to &apos;Private&apos; and allow Atelier in the firewall, or use paper ballots.</translation>
    </message>
    <message>
        <source>VTE</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>VTE {year}</source>
        <translation>FTE {year}</translation>
    </message>
    <message>
        <source>Verwacht bij &apos;importance&apos; het belang per domein.</source>
        <translation>Expected the importance per area under &apos;importance&apos;.</translation>
    </message>
    <message>
        <source>Verwacht bij &apos;scores&apos; een antwoord per stelling.</source>
        <translation>Expected an answer per statement under &apos;scores&apos;.</translation>
    </message>
    <message>
        <source>Verwacht de antwoorden als een object met &apos;scores&apos; en &apos;importance&apos;.</source>
        <translation>Expected the answers as an object with &apos;scores&apos; and &apos;importance&apos;.</translation>
    </message>
    <message>
        <source>Verwacht een lijst van opties, de beste eerst.</source>
        <translation>Expected a list of options, the best first.</translation>
    </message>
    <message>
        <source>Verwacht per optie een aantal stippen.</source>
        <translation>Expected a number of dots per option.</translation>
    </message>
    <message>
        <source>Verwacht per optie een bedrag.</source>
        <translation>Expected an amount per option.</translation>
    </message>
    <message>
        <source>Verwacht per optie een score per criterium.</source>
        <translation>Expected a score per criterion per option.</translation>
    </message>
    <message>
        <source>WO: verbeteren</source>
        <translation>WO: improve</translation>
    </message>
    <message>
        <source>WT: overleven</source>
        <translation>WT: survive</translation>
    </message>
    <message>
        <source>Waarnaar een optie verwijst, wijzig je in Atelier.</source>
        <translation>Change what an option refers to in Atelier.</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Wat willen we bereiken</source>
        <translation>What we want to achieve</translation>
    </message>
    <message>
        <source>Wat winnen we</source>
        <translation>What we win</translation>
    </message>
    <message>
        <source>Werking {year}</source>
        <translation>Operating {year}</translation>
    </message>
    <message>
        <source>Werkingsruimte {year}</source>
        <translation>Operating room {year}</translation>
    </message>
    <message>
        <source>Zeg bij welke optie deze waarde hoort.</source>
        <translation>Say which option this value belongs to.</translation>
    </message>
    <message>
        <source>Zeg op welk criterium deze score slaat.</source>
        <translation>Say which criterion this score is for.</translation>
    </message>
    <message>
        <source>Zet het wachtwoord niet in de URL van de server ({store}): gebruik de omgevingsvariabele PGPASSWORD of het pgpass-bestand.</source>
        <translation>Do not put the password in the server&apos;s URL ({store}): use the environment variable PGPASSWORD or the pgpass file.</translation>
    </message>
    <message>
        <source>Zwakke punten</source>
        <translation>Weaknesses</translation>
    </message>
    <message>
        <source>aanbeveling</source>
        <translation>recommendation</translation>
    </message>
    <message>
        <source>aanbevelingen</source>
        <translation>recommendations</translation>
    </message>
    <message>
        <source>actie</source>
        <translation>action</translation>
    </message>
    <message>
        <source>actieplan</source>
        <translation>action plan</translation>
    </message>
    <message>
        <source>actieplannen</source>
        <translation>action plans</translation>
    </message>
    <message>
        <source>acties</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>acties van ontwikkelpaden</source>
        <translation>actions of development paths</translation>
    </message>
    <message>
        <source>acties van voorstellen</source>
        <translation>actions of proposals</translation>
    </message>
    <message>
        <source>antwoord op een stelling</source>
        <translation>answer to a statement</translation>
    </message>
    <message>
        <source>antwoorden</source>
        <translation>answers</translation>
    </message>
    <message>
        <source>antwoorden op stellingen</source>
        <translation>answers to statements</translation>
    </message>
    <message>
        <source>beleidsdoelstelling</source>
        <translation>policy objective</translation>
    </message>
    <message>
        <source>beleidsdoelstellingen</source>
        <translation>policy objectives</translation>
    </message>
    <message>
        <source>beoordeling van een domein</source>
        <translation>rating of an area</translation>
    </message>
    <message>
        <source>beoordelingen</source>
        <translation>ratings</translation>
    </message>
    <message>
        <source>beoordelingen van domeinen</source>
        <translation>ratings of areas</translation>
    </message>
    <message>
        <source>beschadigd of onvolledig bestand</source>
        <translation>damaged or incomplete file</translation>
    </message>
    <message>
        <source>besloten: {decision}</source>
        <translation>decided: {decision}</translation>
    </message>
    <message>
        <source>bestandskenmerk</source>
        <translation>file marker</translation>
    </message>
    <message>
        <source>bestandskenmerken</source>
        <translation>file markers</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <source>clusters</source>
        <translation>clusters</translation>
    </message>
    <message>
        <source>de cel bevat een formule ({formula}); verwacht {expected}. Atelier rekent geen formules uit: vervang ze door hun waarde (Plakken speciaal &gt; Waarden).</source>
        <translation>the cell contains a formula ({formula}); expected {expected}. Atelier does not calculate formulas: replace them by their values (Paste Special &gt; Values).</translation>
    </message>
    <message>
        <source>de cel toont de foutwaarde {code}; verwacht {expected}.</source>
        <translation>the cell shows the error value {code}; expected {expected}.</translation>
    </message>
    <message>
        <source>de gegevens van de workshop</source>
        <translation>the workshop&apos;s details</translation>
    </message>
    <message>
        <source>de ideeën van de telefoons worden niet ingelezen (aanvaarde ideeën staan als punten op het blad SWOT); dit blad wordt niet ingelezen</source>
        <translation>the phones&apos; ideas are not read in (accepted ideas are points on the SWOT sheet); this sheet is not read</translation>
    </message>
    <message>
        <source>de kolom heeft geen naam in de kopregel (rij {row})</source>
        <translation>the column has no name in the header row (row {row})</translation>
    </message>
    <message>
        <source>de schijf is vol</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>de schijf of USB-stick reageert niet (invoer-/uitvoerfout)</source>
        <translation>the disk or USB stick does not respond (input/output error)</translation>
    </message>
    <message>
        <source>de server is niet bereikbaar (netwerk, adres of poort).</source>
        <translation>the server cannot be reached (network, address or port).</translation>
    </message>
    <message>
        <source>de server weigert de aanmelding (gebruiker of wachtwoord klopt niet; zet het wachtwoord in PGPASSWORD of het pgpass-bestand).</source>
        <translation>the server refuses the login (wrong user or password; put the password in PGPASSWORD or the pgpass file).</translation>
    </message>
    <message>
        <source>de uitslagen worden bij elke export opnieuw geteld uit de stembrieven; dit blad wordt niet ingelezen</source>
        <translation>the results are counted again from the ballots on every export; this sheet is not read</translation>
    </message>
    <message>
        <source>de vorm van dit blad wordt niet herkend. Verwacht een kopregel met kolomnamen, bijvoorbeeld &apos;Kwadrant | Tekst | Cluster&apos; voor SWOT-punten, &apos;Sterktes | Zwaktes | Kansen | Bedreigingen&apos; (één kolom per kwadrant), &apos;Titel | Sector | Verplicht/keuze | Geraamde kost | SDG&apos;s&apos; voor voorstellen of &apos;Voornaam | Achternaam | Cluster | Rol&apos; voor deelnemers.</source>
        <translation>the layout of this sheet is not recognised. Expected a header row with column names, for example &apos;Kwadrant | Tekst | Cluster&apos; for SWOT points, &apos;Sterktes | Zwaktes | Kansen | Bedreigingen&apos; (one column per quadrant), &apos;Titel | Sector | Verplicht/keuze | Geraamde kost | SDG&apos;s&apos; for proposals or &apos;Voornaam | Achternaam | Cluster | Rol&apos; for participants.</translation>
    </message>
    <message>
        <source>de werkmap heeft meer dan {count} onderdelen.</source>
        <translation>the workbook has more than {count} parts.</translation>
    </message>
    <message>
        <source>de werkmap is beschadigd ({why}).</source>
        <translation>the workbook is damaged ({why}).</translation>
    </message>
    <message>
        <source>de werkmap is beschadigd of onvolledig ({why}). Bewaar ze opnieuw in Excel.</source>
        <translation>the workbook is damaged or incomplete ({why}). Save it again in Excel.</translation>
    </message>
    <message>
        <source>de werkmap is beveiligd met een wachtwoord (versleuteld). Open ze in Excel, verwijder het wachtwoord (Bestand &gt; Info &gt; Werkmap beveiligen) en bewaar opnieuw.</source>
        <translation>the workbook is protected with a password (encrypted). Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</translation>
    </message>
    <message>
        <source>de werkmap is uitgepakt groter dan {size} MB (mogelijk een zip-bom); ze wordt niet geopend.</source>
        <translation>the workbook unpacks to more than {size} MB (possibly a zip bomb); it is not opened.</translation>
    </message>
    <message>
        <source>de werkmap kan niet gelezen worden ({why}).</source>
        <translation>the workbook cannot be read ({why}).</translation>
    </message>
    <message>
        <source>deelnemer</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>deelnemers</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>die databank bestaat niet op de server.</source>
        <translation>that database does not exist on the server.</translation>
    </message>
    <message>
        <source>dit is een map, geen Excel-werkmap (.xlsx).</source>
        <translation>this is a folder, not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>dit is een oud Excel-bestand (.xls). Open het in Excel en bewaar het als Excel-werkmap (.xlsx).</source>
        <translation>this is an old Excel file (.xls). Open it in Excel and save it as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>dit is een tekstbestand (bijvoorbeeld CSV), geen Excel-werkmap. Open het in Excel en bewaar het als Excel-werkmap (.xlsx).</source>
        <translation>this is a text file (for example CSV), not an Excel workbook. Open it in Excel and save it as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>dit is geen Excel-werkmap (.xlsx).</source>
        <translation>this is not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>dit zip-bestand is geen Excel-werkmap (.xlsx).</source>
        <translation>this zip file is not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>doel</source>
        <translation>goal</translation>
    </message>
    <message>
        <source>doelen</source>
        <translation>goals</translation>
    </message>
    <message>
        <source>doelgroep</source>
        <translation>target group</translation>
    </message>
    <message>
        <source>doelgroepen</source>
        <translation>target groups</translation>
    </message>
    <message>
        <source>domein</source>
        <translation>area</translation>
    </message>
    <message>
        <source>domeinen</source>
        <translation>areas</translation>
    </message>
    <message>
        <source>een aantal VTE zoals 0,5</source>
        <translation>a number of FTE such as 0.5</translation>
    </message>
    <message>
        <source>een ander programma houdt het bestand bezet</source>
        <translation>another program is holding the file</translation>
    </message>
    <message>
        <source>een bedrag of getal</source>
        <translation>an amount or number</translation>
    </message>
    <message>
        <source>een bedrag zoals € 1.250.000, 1 250 000, 1,25 mio of 125000,50</source>
        <translation>an amount such as € 1.250.000, 1 250 000, 1,25 mio or 125000,50</translation>
    </message>
    <message>
        <source>een datum</source>
        <translation>a date</translation>
    </message>
    <message>
        <source>een geheel getal</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>een gewicht 0, 1, 2 of 3</source>
        <translation>a weight 0, 1, 2 or 3</translation>
    </message>
    <message>
        <source>een id van Atelier</source>
        <translation>an Atelier id</translation>
    </message>
    <message>
        <source>een jaartal</source>
        <translation>a year</translation>
    </message>
    <message>
        <source>een jaartal zoals 2027</source>
        <translation>a year such as 2027</translation>
    </message>
    <message>
        <source>een waarde uit de lijst</source>
        <translation>a value from the list</translation>
    </message>
    <message>
        <source>extra cluster van een voorstel</source>
        <translation>further cluster of a proposal</translation>
    </message>
    <message>
        <source>extra clusters van voorstellen</source>
        <translation>further clusters of proposals</translation>
    </message>
    <message>
        <source>financiële ruimte per jaar</source>
        <translation>financial room per year</translation>
    </message>
    <message>
        <source>financiële ruimte van een jaar</source>
        <translation>financial room of a year</translation>
    </message>
    <message>
        <source>geen antwoord binnen enkele seconden (firewall of verkeerd netwerk)</source>
        <translation>no answer within a few seconds (a firewall or the wrong network)</translation>
    </message>
    <message>
        <source>het bestand bestaat niet.</source>
        <translation>the file does not exist.</translation>
    </message>
    <message>
        <source>het bestand declareert XML-entiteiten, mogelijk een XML-bom</source>
        <translation>the file declares XML entities, possibly an XML bomb</translation>
    </message>
    <message>
        <source>het bestand is alleen-lezen geworden</source>
        <translation>the file has become read-only</translation>
    </message>
    <message>
        <source>het bestand is groter dan {size} MB.</source>
        <translation>the file is larger than {size} MB.</translation>
    </message>
    <message>
        <source>het bestand is leeg; verwacht een Excel-werkmap (.xlsx).</source>
        <translation>the file is empty; expected an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>het blad heeft meer dan {most} rijen; verdeel de gegevens over kleinere werkmappen.</source>
        <translation>the sheet has more than {most} rows; split the data over smaller workbooks.</translation>
    </message>
    <message>
        <source>het blad heeft {rows} rijen; hoogstens {most} rijen kunnen ingelezen worden. Verdeel de gegevens over kleinere werkmappen.</source>
        <translation>the sheet has {rows} rows; at most {most} rows can be read. Split the data over smaller workbooks.</translation>
    </message>
    <message>
        <source>het blad kan niet gelezen worden ({why}).</source>
        <translation>the sheet cannot be read ({why}).</translation>
    </message>
    <message>
        <source>het id van een stembrief</source>
        <translation>a ballot&apos;s id</translation>
    </message>
    <message>
        <source>het is niet duidelijk wat dit blad bevat: {names}. Geef het blad de naam van wat het bevat (bijvoorbeeld &apos;Deelnemers&apos; of &apos;Locaties&apos;).</source>
        <translation>it is not clear what this sheet holds: {names}. Name the sheet after what it holds (for example &apos;Deelnemers&apos; or &apos;Locaties&apos;).</translation>
    </message>
    <message>
        <source>het scenario wordt bij elke export opnieuw geteld uit de fiches, hun besluiten en de financiële ruimte; dit blad wordt niet ingelezen</source>
        <translation>the scenario is counted again on every export from the fiches, their decisions and the financial room; this sheet is not read</translation>
    </message>
    <message>
        <source>huisstijl</source>
        <translation>house style</translation>
    </message>
    <message>
        <source>huisstijlen</source>
        <translation>house styles</translation>
    </message>
    <message>
        <source>id&apos;s van Atelier</source>
        <translation>Atelier ids</translation>
    </message>
    <message>
        <source>idee</source>
        <translation>idea</translation>
    </message>
    <message>
        <source>ideeën</source>
        <translation>ideas</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>impact</translation>
    </message>
    <message>
        <source>impact van ontwikkelpaden</source>
        <translation>impact of development paths</translation>
    </message>
    <message>
        <source>in een blad met één kolom per kwadrant leest Atelier alleen de kwadranten, het domein en de cluster</source>
        <translation>in a sheet with one column per quadrant Atelier reads only the quadrants, the area and the cluster</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <source>indicatoren</source>
        <translation>indicators</translation>
    </message>
    <message>
        <source>instelling van de matrix</source>
        <translation>matrix setting</translation>
    </message>
    <message>
        <source>instellingen van de matrix</source>
        <translation>matrix settings</translation>
    </message>
    <message>
        <source>investering</source>
        <translation>investment</translation>
    </message>
    <message>
        <source>inzender</source>
        <translation>sender</translation>
    </message>
    <message>
        <source>inzenders</source>
        <translation>senders</translation>
    </message>
    <message>
        <source>kolom {letter}</source>
        <translation>column {letter}</translation>
    </message>
    <message>
        <source>kolom {letter} geeft de volledige naam al</source>
        <translation>column {letter} already gives the full name</translation>
    </message>
    <message>
        <source>kolom {letter} levert dit bedrag al</source>
        <translation>column {letter} already gives this amount</translation>
    </message>
    <message>
        <source>kolom {letter} levert dit gegeven al</source>
        <translation>column {letter} already gives this value</translation>
    </message>
    <message>
        <source>kolommen na {letter}</source>
        <translation>columns after {letter}</translation>
    </message>
    <message>
        <source>koppeling van een aanbeveling</source>
        <translation>link of a recommendation</translation>
    </message>
    <message>
        <source>koppeling van een pad</source>
        <translation>link of a path</translation>
    </message>
    <message>
        <source>koppeling van een pad aan een doel</source>
        <translation>link of a path to a goal</translation>
    </message>
    <message>
        <source>koppeling van een pad aan een strategie</source>
        <translation>link of a path to a strategy</translation>
    </message>
    <message>
        <source>koppeling van een strategie</source>
        <translation>link of a strategy</translation>
    </message>
    <message>
        <source>koppeling van een voorstel</source>
        <translation>link of a proposal</translation>
    </message>
    <message>
        <source>koppeling van een voorstel aan een pad</source>
        <translation>link of a proposal to a path</translation>
    </message>
    <message>
        <source>koppeling van een voorstel aan een strategie</source>
        <translation>link of a proposal to a strategy</translation>
    </message>
    <message>
        <source>koppelingen</source>
        <translation>links</translation>
    </message>
    <message>
        <source>koppelingen van aanbevelingen</source>
        <translation>links of recommendations</translation>
    </message>
    <message>
        <source>koppelingen van paden</source>
        <translation>links of paths</translation>
    </message>
    <message>
        <source>koppelingen van paden aan doelen</source>
        <translation>links of paths to goals</translation>
    </message>
    <message>
        <source>koppelingen van paden aan strategieën</source>
        <translation>links of paths to strategies</translation>
    </message>
    <message>
        <source>koppelingen van strategieën</source>
        <translation>links of strategies</translation>
    </message>
    <message>
        <source>koppelingen van voorstellen</source>
        <translation>links of proposals</translation>
    </message>
    <message>
        <source>koppelingen van voorstellen aan paden</source>
        <translation>links of proposals to paths</translation>
    </message>
    <message>
        <source>koppelingen van voorstellen aan strategieën</source>
        <translation>links of proposals to strategies</translation>
    </message>
    <message>
        <source>leidend principe</source>
        <translation>leading principle</translation>
    </message>
    <message>
        <source>leidende principes</source>
        <translation>guiding principles</translation>
    </message>
    <message>
        <source>locatie</source>
        <translation>location</translation>
    </message>
    <message>
        <source>locaties</source>
        <translation>locations</translation>
    </message>
    <message>
        <source>markering in de confrontatiematrix</source>
        <translation>mark in the confrontation matrix</translation>
    </message>
    <message>
        <source>markeringen in de confrontatiematrix</source>
        <translation>marks in the confrontation matrix</translation>
    </message>
    <message>
        <source>middelen per jaar</source>
        <translation>resources per year</translation>
    </message>
    <message>
        <source>middelen van een jaar</source>
        <translation>resources of a year</translation>
    </message>
    <message>
        <source>namen, één per regel</source>
        <translation>names, one per line</translation>
    </message>
    <message>
        <source>netto investering en werking over de planperiode</source>
        <translation>net investment and operating over the planning period</translation>
    </message>
    <message>
        <source>netto investering over de planperiode</source>
        <translation>net investment over the planning period</translation>
    </message>
    <message>
        <source>niemand luistert op dat adres en die poort; start de stemserver</source>
        <translation>nothing listens at that address and port; start the voting server</translation>
    </message>
    <message>
        <source>onderdeel {part} declareert XML-entiteiten (mogelijk een XML-bom); een Excel-werkmap doet dat nooit, ze wordt niet geopend.</source>
        <translation>part {part} declares XML entities (possibly an XML bomb); an Excel workbook never does, it is not opened.</translation>
    </message>
    <message>
        <source>onderdeel {part} is onwaarschijnlijk groot; de werkmap is beschadigd.</source>
        <translation>part {part} is improbably large; the workbook is damaged.</translation>
    </message>
    <message>
        <source>onderdeel {part} pakt uit tot {size} MB ({ratio} keer groter: mogelijk een zip-bom); de werkmap wordt niet geopend.</source>
        <translation>part {part} unpacks to {size} MB ({ratio} times larger: possibly a zip bomb); the workbook is not opened.</translation>
    </message>
    <message>
        <source>ontwikkelpad</source>
        <translation>development path</translation>
    </message>
    <message>
        <source>ontwikkelpaden</source>
        <translation>development paths</translation>
    </message>
    <message>
        <source>optie</source>
        <translation>option</translation>
    </message>
    <message>
        <source>opties van stemrondes</source>
        <translation>options of voting rounds</translation>
    </message>
    <message>
        <source>paren van de confrontatiematrix</source>
        <translation>pairs of the confrontation matrix</translation>
    </message>
    <message>
        <source>past niet: {year} {kind} {short} tekort</source>
        <translation>does not fit: {year} {kind} {short} short</translation>
    </message>
    <message>
        <source>punt van de synthese</source>
        <translation>point of the synthesis</translation>
    </message>
    <message>
        <source>punten van de synthese</source>
        <translation>points of the synthesis</translation>
    </message>
    <message>
        <source>rapporttekst</source>
        <translation>report text</translation>
    </message>
    <message>
        <source>rapportteksten</source>
        <translation>report texts</translation>
    </message>
    <message>
        <source>rij {number}</source>
        <translation>row {number}</translation>
    </message>
    <message>
        <source>rijen {first}–{last}</source>
        <translation>rows {first}–{last}</translation>
    </message>
    <message>
        <source>sessie</source>
        <translation>session</translation>
    </message>
    <message>
        <source>sessies</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>stelling</source>
        <translation>statement</translation>
    </message>
    <message>
        <source>stellingen</source>
        <translation>statements</translation>
    </message>
    <message>
        <source>stem</source>
        <translation>vote</translation>
    </message>
    <message>
        <source>stembrief</source>
        <translation>ballot</translation>
    </message>
    <message>
        <source>stembrieven</source>
        <translation>ballots</translation>
    </message>
    <message>
        <source>stemmen</source>
        <translation>votes</translation>
    </message>
    <message>
        <source>stemronde</source>
        <translation>voting round</translation>
    </message>
    <message>
        <source>stemrondes</source>
        <translation>voting rounds</translation>
    </message>
    <message>
        <source>strategie</source>
        <translation>strategy</translation>
    </message>
    <message>
        <source>strategieën</source>
        <translation>strategies</translation>
    </message>
    <message>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <source>uitslagen</source>
        <translation>results</translation>
    </message>
    <message>
        <source>verborgen blad; op uw vraag niet ingelezen</source>
        <translation>hidden sheet; not read, as you asked</translation>
    </message>
    <message>
        <source>verwijderingsspoor</source>
        <translation>deletion record</translation>
    </message>
    <message>
        <source>verwijderingssporen</source>
        <translation>deletion records</translation>
    </message>
    <message>
        <source>voorstel</source>
        <translation>proposal</translation>
    </message>
    <message>
        <source>voorstellen</source>
        <translation>proposals</translation>
    </message>
    <message>
        <source>werking</source>
        <translation>operating</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>workshop</translation>
    </message>
    <message>
        <source>workshops</source>
        <translation>workshops</translation>
    </message>
    <message>
        <source>zeg of deze ontvangsten bij de investering of bij de exploitatie horen, bijvoorbeeld &apos;{investment}&apos; of &apos;{operating}&apos;</source>
        <translation>say whether this income belongs to the investment or to the operating costs, for example &apos;{investment}&apos; or &apos;{operating}&apos;</translation>
    </message>
    <message>
        <source>{count} fiches hebben code {code}: geef ze eerst elk een eigen code.</source>
        <translation>{count} fiches have code {code}: give each its own code first.</translation>
    </message>
    <message>
        <source>{count} fiches hebben geen kost ({basis}): {fiches}. Een fiche zonder kost kan je niet heel kiezen: vul haar middelen in of laat ze weg uit de ronde.</source>
        <translation>{count} fiches have no cost ({basis}): {fiches}. A fiche without a cost cannot be taken whole: fill in its resources or leave it out of the round.</translation>
    </message>
    <message>
        <source>{count} opties hebben geen kost: een fiche zonder kost kan je niet heel kiezen.</source>
        <translation>{count} options have no cost: a fiche without a cost cannot be taken whole.</translation>
    </message>
    <message>
        <source>{count} stippen in totaal; {voters} deelnemers hebben er samen {most}.</source>
        <translation>{count} dots in total; {voters} participants have {most} between them.</translation>
    </message>
    <message>
        <source>{decimal} of {whole}</source>
        <translation>{decimal} or {whole}</translation>
    </message>
    <message>
        <source>{decimal} of {whole} VTE</source>
        <translation>{decimal} or {whole} FTE</translation>
    </message>
    <message>
        <source>{file} bestaat al.</source>
        <translation>{file} already exists.</translation>
    </message>
    <message>
        <source>{file} bestaat al; kies een nieuwe bestandsnaam voor de kopie.</source>
        <translation>{file} already exists; choose a new file name for the copy.</translation>
    </message>
    <message>
        <source>{file} bestaat niet.</source>
        <translation>{file} does not exist.</translation>
    </message>
    <message>
        <source>{file} bevat al een Atelier-werkbestand.</source>
        <translation>{file} already holds an Atelier workshop store.</translation>
    </message>
    <message>
        <source>{file} bevat nog geen workshop.</source>
        <translation>{file} holds no workshop yet.</translation>
    </message>
    <message>
        <source>{file} bevat {count} workshops; samenvoegen kan alleen met werkbestanden van één workshop.</source>
        <translation>{file} holds {count} workshops; merging only works with workshop files of one workshop.</translation>
    </message>
    <message>
        <source>{file} is al geopend door een ander programma (proces {pid} op {host}, sinds {since}). Sluit het daar eerst.</source>
        <translation>{file} is already open in another program (process {pid} on {host}, since {since}). Close it there first.</translation>
    </message>
    <message>
        <source>{file} is al geopend door een ander programma. Sluit het daar eerst.</source>
        <translation>{file} is already open in another program. Close it there first.</translation>
    </message>
    <message>
        <source>{file} is beschadigd of geen Atelier-werkbestand ({why}).</source>
        <translation>{file} is damaged or not an Atelier workshop file ({why}).</translation>
    </message>
    <message>
        <source>{file} is beschadigd{why}. Er is geen goede reservekopie in {folder}; zoek een andere kopie van het werkbestand (een USB-stick, een e-mail).</source>
        <translation>{file} is damaged{why}. There is no sound backup in {folder}; look for another copy of the workshop file (a USB stick, an e-mail).</translation>
    </message>
    <message>
        <source>{file} is beschadigd{why}. Zet de nieuwste goede reservekopie terug: sluit Atelier en kopieer {backup} naar {file}.</source>
        <translation>{file} is damaged{why}. Restore the newest sound backup: close Atelier and copy {backup} to {file}.</translation>
    </message>
    <message>
        <source>{file} is een Excel-werkmap (of ander zip-bestand), geen Atelier-werkbestand. Gebruik &apos;import&apos; om een werkmap in te lezen.</source>
        <translation>{file} is an Excel workbook (or another zip file), not an Atelier workshop file. Use &apos;import&apos; to read a workbook.</translation>
    </message>
    <message>
        <source>{file} is een databank, maar geen Atelier-werkbestand.</source>
        <translation>{file} is a database, but not an Atelier workshop file.</translation>
    </message>
    <message>
        <source>{file} is een leeg bestand, geen Atelier-werkbestand.</source>
        <translation>{file} is an empty file, not an Atelier workshop file.</translation>
    </message>
    <message>
        <source>{file} is een map, geen Atelier-werkbestand.</source>
        <translation>{file} is a folder, not an Atelier workshop file.</translation>
    </message>
    <message>
        <source>{file} is geen Atelier-werkbestand (het bestand is geen SQLite-databank).</source>
        <translation>{file} is not an Atelier workshop file (the file is not an SQLite database).</translation>
    </message>
    <message>
        <source>{file} is gemaakt met een nieuwere versie van Atelier (schema {revision}). Werk Atelier bij om het te openen.</source>
        <translation>{file} was made with a newer version of Atelier (schema {revision}). Update Atelier to open it.</translation>
    </message>
    <message>
        <source>{file} is het doelbestand zelf; kies een ander bestand om samen te voegen.</source>
        <translation>{file} is the target file itself; choose another file to merge.</translation>
    </message>
    <message>
        <source>{file} is niet gemaakt: er kon niet geschreven worden ({reason}). Er bleef niets half gemaakt achter. Maak ruimte vrij of kies een andere map en probeer opnieuw.</source>
        <translation>{file} was not created: it could not be written ({reason}). Nothing half-made was left behind. Free some space or choose another folder and try again.</translation>
    </message>
    <message>
        <source>{file} kan niet beschreven worden: het staat op een medium of in een map die alleen lezen toelaat (een USB-stick met schrijfbeveiliging, een netwerkmap), of het bestand is alleen-lezen. Kopieer het naar een map waarin je kunt schrijven. Lezen kan wel (info, check, export, report, results en het venster).</source>
        <translation>{file} cannot be written: it is on a medium or in a folder that only allows reading (a USB stick with write protection, a network folder), or the file is read-only. Copy it to a folder you can write to. Reading is possible (info, check, export, report, results and the window).</translation>
    </message>
    <message>
        <source>{file}, blad &apos;{sheet}&apos;, cel {cell}: {problem}</source>
        <translation>{file}, sheet &apos;{sheet}&apos;, cell {cell}: {problem}</translation>
    </message>
    <message>
        <source>{file}, blad &apos;{sheet}&apos;: {problem}</source>
        <translation>{file}, sheet &apos;{sheet}&apos;: {problem}</translation>
    </message>
    <message>
        <source>{file}, cel {cell}: {problem}</source>
        <translation>{file}, cell {cell}: {problem}</translation>
    </message>
    <message>
        <source>{file}: dit is geen Word-document of -sjabloon (.docx of .dotx).</source>
        <translation>{file}: this is not a Word document or template (.docx or .dotx).</translation>
    </message>
    <message>
        <source>{file}: het bestand is te groot.</source>
        <translation>{file}: the file is too large.</translation>
    </message>
    <message>
        <source>{file}: het logo is groter dan 5 MB.</source>
        <translation>{file}: the logo is larger than 5 MB.</translation>
    </message>
    <message>
        <source>{file}: het logo moet een PNG- of JPEG-afbeelding zijn.</source>
        <translation>{file}: the logo must be a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>{file}: kan het bestand niet lezen ({reason}).</source>
        <translation>{file}: cannot read the file ({reason}).</translation>
    </message>
    <message>
        <source>{file}: kies een bestandsnaam die eindigt op .pdf of .docx.</source>
        <translation>{file}: choose a file name ending in .pdf or .docx.</translation>
    </message>
    <message>
        <source>{file}: workshop ‘{theirs}’ is samengevoegd in ‘{ours}’; de titel en gegevens van het doelbestand blijven.</source>
        <translation>{file}: workshop ‘{theirs}’ was merged into ‘{ours}’; the target file&apos;s title and details stay.</translation>
    </message>
    <message>
        <source>{file}: {label} {theirs} en {label} {ours} van hier hebben dezelfde code, maar zijn verschillend; beide blijven: dat uit {file} kreeg code {new}.</source>
        <translation>{file}: {label} {theirs} and {label} {ours} here have the same code but differ; both are kept: the one from {file} got code {new}.</translation>
    </message>
    <message>
        <source>{file}: {label} {theirs} en {label} {ours} van hier hebben dezelfde naam, maar zijn verschillend; beide blijven: dat uit {file} heet nu ‘{new}’.</source>
        <translation>{file}: {label} {theirs} and {label} {ours} here have the same name but differ; both are kept: the one from {file} is now called ‘{new}’.</translation>
    </message>
    <message>
        <source>{file}: {label} {what} is daar verwijderd, maar wordt hier nog gebruikt en blijft daarom bestaan.</source>
        <translation>{file}: {label} {what} was deleted there, but is still used here and therefore stays.</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{label} is te lang (hoogstens {max} tekens).</source>
        <translation>{label} is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>{label} mag niet leeg zijn.</source>
        <translation>{label} must not be empty.</translation>
    </message>
    <message>
        <source>{label} mag niet negatief zijn.</source>
        <translation>{label} must not be negative.</translation>
    </message>
    <message>
        <source>{label} moet een getal zijn.</source>
        <translation>{label} must be a number.</translation>
    </message>
    <message>
        <source>{label} moet tussen 1 en 5 liggen (of &apos;weet niet&apos;).</source>
        <translation>{label} must lie between 1 and 5 (or &apos;don&apos;t know&apos;).</translation>
    </message>
    <message>
        <source>{label}: het doeljaar {year} is geen jaartal.</source>
        <translation>{label}: the target year {year} is not a year.</translation>
    </message>
    <message>
        <source>{label}: {value} is geen bedrag.</source>
        <translation>{label}: {value} is not an amount.</translation>
    </message>
    <message>
        <source>{label}: {year} valt buiten de planningsperiode {start}–{end}.</source>
        <translation>{label}: {year} falls outside the planning period {start}–{end}.</translation>
    </message>
    <message>
        <source>{named} en {more} meer</source>
        <translation>{named} and {more} more</translation>
    </message>
    <message>
        <source>{quadrant} horen bij een externe domein; &apos;{area}&apos; is dat niet.</source>
        <translation>{quadrant} belong to an external area; &apos;{area}&apos; is not one.</translation>
    </message>
    <message>
        <source>{quadrant} horen bij een interne domein; &apos;{area}&apos; is dat niet.</source>
        <translation>{quadrant} belong to an internal area; &apos;{area}&apos; is not one.</translation>
    </message>
    <message>
        <source>{reason} (en {more} meer)</source>
        <translation>{reason} (and {more} more)</translation>
    </message>
    <message>
        <source>{store} bevat al andere tabellen en is geen Atelier-werkbestand; kies een lege databank.</source>
        <translation>{store} already holds other tables and is not an Atelier workshop store; choose an empty database.</translation>
    </message>
    <message>
        <source>{store} bevat al een workshop; kopieer naar een lege databank (of voeg samen met &apos;merge&apos;).</source>
        <translation>{store} already holds a workshop; copy into an empty database (or merge with &apos;merge&apos;).</translation>
    </message>
    <message>
        <source>{url} antwoordt, maar niet met de stempagina (status {status}). Staat de stemserver van dit werkbestand aan?</source>
        <translation>{url} answers, but not with the voting page (status {status}). Is this workshop&apos;s voting server running?</translation>
    </message>
    <message>
        <source>{value} VTE is te veel: hoogstens {most} VTE.</source>
        <translation>{value} FTE is too many: at most {most} FTE.</translation>
    </message>
    <message>
        <source>{value} bevat geen SDG-nummer; verwacht nummers zoals &apos;3, 11&apos; of &apos;SDG 3; SDG 11&apos;.</source>
        <translation>{value} contains no SDG number; expected numbers such as &apos;3, 11&apos; or &apos;SDG 3; SDG 11&apos;.</translation>
    </message>
    <message>
        <source>{value} is dubbelzinnig: het kan {readings} betekenen. Schrijf het bedrag zonder scheidingstekens voor duizendtallen en met een komma voor de decimalen (1000,5), of maak er een getalcel van.</source>
        <translation>{value} is ambiguous: it could mean {readings}. Write the amount without thousands separators and with a comma before the decimals (1000,5), or make it a number cell.</translation>
    </message>
    <message>
        <source>{value} is geen SDG; verwacht nummers zoals &apos;3, 11&apos;.</source>
        <translation>{value} is not an SDG; expected numbers such as &apos;3, 11&apos;.</translation>
    </message>
    <message>
        <source>{value} is geen bedrag; verwacht {expected}.</source>
        <translation>{value} is not an amount; expected {expected}.</translation>
    </message>
    <message>
        <source>{value} is geen datum; verwacht een datum zoals 2026-03-12.</source>
        <translation>{value} is not a date; expected a date such as 2026-03-12.</translation>
    </message>
    <message>
        <source>{value} is geen geheel getal; verwacht {expected}.</source>
        <translation>{value} is not a whole number; expected {expected}.</translation>
    </message>
    <message>
        <source>{value} is geen geldig gewicht; verwacht {expected}.</source>
        <translation>{value} is not a valid weight; expected {expected}.</translation>
    </message>
    <message>
        <source>{value} is geen getal; verwacht {expected}.</source>
        <translation>{value} is not a number; expected {expected}.</translation>
    </message>
    <message>
        <source>{value} is geen id van Atelier; laat de cel leeg voor een nieuwe rij.</source>
        <translation>{value} is not an Atelier id; leave the cell empty for a new row.</translation>
    </message>
    <message>
        <source>{value} is geen id van Atelier; verwacht id&apos;s gescheiden door komma&apos;s.</source>
        <translation>{value} is not an Atelier id; expected ids separated by commas.</translation>
    </message>
    <message>
        <source>{value} is geen id van een stembrief; stembrieven komen uit een export van Atelier en houden hun id.</source>
        <translation>{value} is not a ballot&apos;s id; ballots come from an Atelier export and keep their id.</translation>
    </message>
    <message>
        <source>{value} is geen jaartal; verwacht een jaartal zoals 2027.</source>
        <translation>{value} is not a year; expected a year such as 2027.</translation>
    </message>
    <message>
        <source>{value} is onbekend; verwacht {expected}.</source>
        <translation>{value} is unknown; expected {expected}.</translation>
    </message>
    <message>
        <source>{value} is te groot: een bedrag ligt tussen -100 miljard en 100 miljard euro.</source>
        <translation>{value} is too large: an amount lies between -100 billion and 100 billion euros.</translation>
    </message>
    <message>
        <source>{what} {value} moet 1 tot 5 zijn (of &apos;weet niet&apos;).</source>
        <translation>{what} {value} must be 1 to 5 (or &apos;don&apos;t know&apos;).</translation>
    </message>
    <message>
        <source>{year} valt buiten de planningsperiode {start}–{end}: pas de kolomnaam of de planningsperiode van de workshop aan.</source>
        <translation>{year} lies outside the planning period {start}–{end}: change the column name or the workshop&apos;s planning period.</translation>
    </message>
    <message>
        <source>‘{code}’ is geen code van een doel.</source>
        <translation>‘{code}’ is not a goal code.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Samenvoegen met een bestaand punt</source>
        <translation>Merge with an existing point</translation>
    </message>
    <message>
        <source>Gelijkaardige punten</source>
        <translation>Similar points</translation>
    </message>
    <message>
        <source>&amp;Samenvoegen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Idee: {0}</source>
        <translation>Idea: {0}</translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <source>Werkbestanden samenvoegen</source>
        <translation>Merge workshop files</translation>
    </message>
    <message>
        <source>Dit verandert er in deze workshop, in één keer (er wordt eerst een reservekopie gemaakt). De andere bestanden blijven zoals ze zijn.</source>
        <translation>This is what changes in this workshop, all at once (a backup is made first). The other files stay as they are.</translation>
    </message>
    <message>
        <source>Deze bestanden brengen niets nieuws: deze workshop heeft alles al.</source>
        <translation>These files bring nothing new: this workshop has everything already.</translation>
    </message>
    <message>
        <source>Wat nieuw, bijgewerkt en verwijderd wordt</source>
        <translation>What is new, updated and deleted</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Bijgewerkt</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Verwijderd</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Om te weten</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <source>&amp;Samenvoegen</source>
        <translation>&amp;Merge</translation>
    </message>
</context>
<context>
    <name>MovePointsDialog</name>
    <message>
        <source>Cluster verwijderen</source>
        <translation>Delete cluster</translation>
    </message>
    <message>
        <source>1 SWOT-punt</source>
        <translation>1 SWOT point</translation>
    </message>
    <message>
        <source>{0} SWOT-punten</source>
        <translation>{0} SWOT points</translation>
    </message>
    <message>
        <source>1 aanbeveling</source>
        <translation>1 recommendation</translation>
    </message>
    <message>
        <source>{0} aanbevelingen</source>
        <translation>{0} recommendations</translation>
    </message>
    <message>
        <source>Cluster ‘{0}’ heeft {1}. Wat mensen zeiden gaat niet verloren: kies de cluster waar het naartoe gaat.</source>
        <translation>Cluster ‘{0}’ has {1}. What people said is not lost: choose the cluster it moves to.</translation>
    </message>
    <message>
        <source> en </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Naar cluster</source>
        <translation>To cluster</translation>
    </message>
    <message>
        <source>Deelnemers en voorstellen van deze cluster blijven bestaan, zonder cluster. Ongedaan maken (Ctrl+Z) zet alles terug.</source>
        <translation>Participants and proposals of this cluster stay, without a cluster. Undo (Ctrl+Z) puts everything back.</translation>
    </message>
    <message>
        <source>Verplaatsen en verwijderen</source>
        <translation>Move and delete</translation>
    </message>
    <message>
        <source>&amp;Naar cluster:</source>
        <translation>&amp;To cluster:</translation>
    </message>
</context>
<context>
    <name>NetworkCheck</name>
    <message>
        <source>Adressen per netwerk</source>
        <translation>Addresses per network</translation>
    </message>
    <message>
        <source>Verbinding &amp;testen</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Haalt de stempagina op zoals een telefoon: bereiken telefoons ze?</source>
        <translation>Fetches the voting page as a phone would: can phones reach it?</translation>
    </message>
    <message>
        <source>Resultaat van de verbindingstest</source>
        <translation>Result of the connection test</translation>
    </message>
    <message>
        <source>Waarschuwing over het netwerk</source>
        <translation>Warning about the network</translation>
    </message>
    <message>
        <source>Bezig met testen…</source>
        <translation>Testing…</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <source>Nieuwe stemronde</source>
        <translation>New voting round</translation>
    </message>
    <message>
        <source>Titel van de ronde</source>
        <translation>Title of the round</translation>
    </message>
    <message>
        <source>Vraag aan de deelnemers</source>
        <translation>Question to the participants</translation>
    </message>
    <message>
        <source>Filter op sector</source>
        <translation>Filter by sector</translation>
    </message>
    <message>
        <source>Alle sectoren</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>Filter op beleidsdoelstelling</source>
        <translation>Filter by policy objective</translation>
    </message>
    <message>
        <source>Alle beleidsdoelstellingen</source>
        <translation>All policy objectives</translation>
    </message>
    <message>
        <source>Filter op verplicht of keuze</source>
        <translation>Filter by mandatory or choice</translation>
    </message>
    <message>
        <source>Verplicht en keuze</source>
        <translation>Mandatory and choice</translation>
    </message>
    <message>
        <source>Alleen verplicht</source>
        <translation>Mandatory only</translation>
    </message>
    <message>
        <source>Alleen keuze</source>
        <translation>Choice only</translation>
    </message>
    <message>
        <source>Voorstellen in de ronde (spatie vinkt aan)</source>
        <translation>Proposals in the round (space ticks)</translation>
    </message>
    <message>
        <source>Stemmethode</source>
        <translation>Voting method</translation>
    </message>
    <message>
        <source>Waarover gestemd wordt</source>
        <translation>What is voted on</translation>
    </message>
    <message>
        <source>Voorstellen (fiches)</source>
        <translation>Proposals (fiches)</translation>
    </message>
    <message>
        <source>SWOT-punten</source>
        <translation>SWOT points</translation>
    </message>
    <message>
        <source>Ontwikkelpaden</source>
        <translation>Development paths</translation>
    </message>
    <message>
        <source>Filter op kwadrant</source>
        <translation>Filter by quadrant</translation>
    </message>
    <message>
        <source>Alle kwadranten</source>
        <translation>All quadrants</translation>
    </message>
    <message>
        <source>Filter op cluster</source>
        <translation>Filter by cluster</translation>
    </message>
    <message>
        <source>Alle clusters</source>
        <translation>All clusters</translation>
    </message>
    <message>
        <source>Stippen per deelnemer</source>
        <translation>Dots per participant</translation>
    </message>
    <message>
        <source>Hoogstens stippen per optie</source>
        <translation>Most dots per option</translation>
    </message>
    <message>
        <source>&amp;Stippen per deelnemer:</source>
        <translation>&amp;Dots per participant:</translation>
    </message>
    <message>
        <source>Hoogstens per &amp;optie:</source>
        <translation>At most per &amp;option:</translation>
    </message>
    <message>
        <source>Criteria en gewichten</source>
        <translation>Criteria and weights</translation>
    </message>
    <message>
        <source>Criterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Gewicht</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Aantal te rangschikken opties</source>
        <translation>Number of options to rank</translation>
    </message>
    <message>
        <source>&amp;Rangschik de beste:</source>
        <translation>&amp;Rank the best:</translation>
    </message>
    <message>
        <source>Budget per deelnemer</source>
        <translation>Budget per participant</translation>
    </message>
    <message>
        <source>&amp;Budget per deelnemer:</source>
        <translation>&amp;Budget per participant:</translation>
    </message>
    <message>
        <source>Kwadranten:</source>
        <translation>Quadrants:</translation>
    </message>
    <message>
        <source>&amp;Per cluster: elke deelnemer kiest zijn cluster</source>
        <translation>&amp;Per cluster: each participant chooses their cluster</translation>
    </message>
    <message>
        <source>Langste idee in tekens</source>
        <translation>Longest idea in characters</translation>
    </message>
    <message>
        <source>&amp;Langste idee (tekens):</source>
        <translation>&amp;Longest idea (characters):</translation>
    </message>
    <message>
        <source>Zonder kwadrant wordt een aanvaard idee een aanbeveling; met kwadrant een SWOT-punt.</source>
        <translation>Without a quadrant an accepted idea becomes a recommendation; with a quadrant a SWOT point.</translation>
    </message>
    <message>
        <source>&amp;Anoniem stemmen</source>
        <translation>&amp;Anonymous voting</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Vraag:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>St&amp;emmen over:</source>
        <translation>V&amp;ote on:</translation>
    </message>
    <message>
        <source>&amp;Methode:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source> (genoemd door {0} clusters)</source>
        <translation> (raised by {0} clusters)</translation>
    </message>
    <message>
        <source>SWOT-punten in de ronde (spatie vinkt aan)</source>
        <translation>SWOT points in the round (space ticks)</translation>
    </message>
    <message>
        <source>Ontwikkelpaden in de ronde (spatie vinkt aan)</source>
        <translation>Development paths in the round (space ticks)</translation>
    </message>
    <message>
        <source>{0} voorstellen gekozen</source>
        <translation>{0} proposals chosen</translation>
    </message>
    <message>
        <source>{0} SWOT-punten gekozen</source>
        <translation>{0} SWOT points chosen</translation>
    </message>
    <message>
        <source>{0} ontwikkelpaden gekozen</source>
        <translation>{0} development paths chosen</translation>
    </message>
    <message>
        <source>&amp;Hele fiches met hun echte kost</source>
        <translation>&amp;Whole fiches at their real cost</translation>
    </message>
    <message>
        <source>Elke fiche kost wat haar middelen zeggen; een telefoon kiest hele fiches tot het budget op is.</source>
        <translation>Each fiche costs what its resources say; a phone chooses whole fiches until the budget is used.</translation>
    </message>
    <message>
        <source>Kost van een fiche</source>
        <translation>Cost of a fiche</translation>
    </message>
    <message>
        <source>Netto investering over de planperiode</source>
        <translation>Net investment over the planning period</translation>
    </message>
    <message>
        <source>Netto investering en werking over de planperiode</source>
        <translation>Net investment and operating over the planning period</translation>
    </message>
    <message>
        <source>Kosten van de gekozen fiches</source>
        <translation>Costs of the chosen fiches</translation>
    </message>
    <message>
        <source>&amp;Kost van een fiche:</source>
        <translation>&amp;Cost of a fiche:</translation>
    </message>
    <message>
        <source>Budget per telefoon</source>
        <translation>Budget per phone</translation>
    </message>
    <message>
        <source>Kost per fiche: {0}, {1}–{2} (uitgaven min ontvangsten). Financiële ruimte over de periode: {3}.</source>
        <translation>Cost per fiche: {0}, {1}–{2} (expenditure minus income). Financial room over the period: {3}.</translation>
    </message>
    <message>
        <source>{0} fiches met een kost, samen {1}.</source>
        <translation>{0} fiches with a cost, {1} together.</translation>
    </message>
    <message>
        <source>Zonder kost, dus niet te kiezen en buiten de ronde: {0}. Vul hun middelen in om ze mee te nemen.</source>
        <translation>Without a cost, so not to be chosen and left out of the round: {0}. Fill in their resources to include them.</translation>
    </message>
    <message>
        <source>Duurder dan het hele budget: {0}.</source>
        <translation>Dearer than the whole budget: {0}.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>(geen datum)</source>
        <translation>(no date)</translation>
    </message>
    <message>
        <source>Delete: geen datum</source>
        <translation>Delete: no date</translation>
    </message>
</context>
<context>
    <name>OwnWordsBox</name>
    <message>
        <source>Eigen teksten</source>
        <translation>Own texts</translation>
    </message>
    <message>
        <source>Deel van het rapport</source>
        <translation>Part of the report</translation>
    </message>
    <message>
        <source>Inleiding</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>D&amp;eel:</source>
        <translation>P&amp;art:</translation>
    </message>
    <message>
        <source>&amp;Inleiding:</source>
        <translation>&amp;Introduction:</translation>
    </message>
    <message>
        <source>Be&amp;sluit:</source>
        <translation>Co&amp;nclusion:</translation>
    </message>
    <message>
        <source>Eigen tekst</source>
        <translation>Own text</translation>
    </message>
</context>
<context>
    <name>OwnerEdit</name>
    <message>
        <source>Een deelnemer of een naam, dienst…</source>
        <translation>A participant, or a name, a department…</translation>
    </message>
</context>
<context>
    <name>PaperBallotDialog</name>
    <message>
        <source>Papieren totalen</source>
        <translation>Paper totals</translation>
    </message>
    <message>
        <source>Papieren stembrief</source>
        <translation>Paper ballot</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Cluster van de stembrief</source>
        <translation>Cluster of the ballot</translation>
    </message>
    <message>
        <source>Geen cluster</source>
        <translation>No cluster</translation>
    </message>
    <message>
        <source>Deelnemer van de stembrief</source>
        <translation>Participant of the ballot</translation>
    </message>
    <message>
        <source>Zonder naam</source>
        <translation>Without a name</translation>
    </message>
    <message>
        <source>Aantal deelnemers op papier</source>
        <translation>Number of participants on paper</translation>
    </message>
    <message>
        <source>&amp;Deelnemers:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <source>D&amp;eelnemer:</source>
        <translation>P&amp;articipant:</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <source>Stippen per optie.</source>
        <translation>Dots per option.</translation>
    </message>
    <message>
        <source>Een score per criterium; – is geen score.</source>
        <translation>A score per criterion; – is no score.</translation>
    </message>
    <message>
        <source>De plaats: 1 is de beste; – is niet gerangschikt.</source>
        <translation>The place: 1 is the best; – is not ranked.</translation>
    </message>
    <message>
        <source>Het bedrag per optie.</source>
        <translation>The amount per option.</translation>
    </message>
    <message>
        <source>Vink de fiches aan die op de stembrief gekozen zijn: elke fiche heel, samen binnen het budget van {0}.</source>
        <translation>Tick the fiches chosen on the ballot: each fiche whole, together within the budget of {0}.</translation>
    </message>
    <message>
        <source>geen kost</source>
        <translation>no cost</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Deelnemer toevoegen</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Deelnemer wijzigen</source>
        <translation>Change participant</translation>
    </message>
    <message>
        <source>Deelnemer verwijderen</source>
        <translation>Delete participant</translation>
    </message>
    <message>
        <source>Deelnemer verplaatsen</source>
        <translation>Move participant</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>(anoniem)</source>
        <translation>(anonymous)</translation>
    </message>
    <message>
        <source>Optioneel: deelnemers zijn anoniem tenzij u een naam invult.</source>
        <translation>Optional: participants are anonymous unless you enter a name.</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>(geen cluster)</source>
        <translation>(no cluster)</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Optioneel; komt nooit op de telefoons of in rapporten.</source>
        <translation>Optional; never shown on the phones or in reports.</translation>
    </message>
    <message>
        <source>1 deelnemer</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <source>{0} deelnemers</source>
        <translation>{0} participants</translation>
    </message>
    <message>
        <source>Namen mogen in rapporten.</source>
        <translation>Names may appear in reports.</translation>
    </message>
    <message>
        <source>Namen komen niet in rapporten.</source>
        <translation>Names do not appear in reports.</translation>
    </message>
    <message>
        <source>{0}, waarvan {1} anoniem. {2}</source>
        <translation>{0}, of whom {1} anonymous. {2}</translation>
    </message>
    <message>
        <source>Niet verwijderd: {0} vulde de vragenlijst zelf in. Die antwoorden zouden mee verdwijnen; verwijder ze eerst.</source>
        <translation>Not deleted: {0} filled in the questionnaire personally. Those answers would disappear too; delete them first.</translation>
    </message>
</context>
<context>
    <name>PathsView</name>
    <message>
        <source>Ontwikkelpaden</source>
        <translation>Development paths</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Ontwikkelpaden&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Development paths&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Slepen of Alt+↑/↓ om te ordenen</source>
        <translation>Drag or Alt+↑/↓ to reorder</translation>
    </message>
    <message>
        <source>&amp;Nieuw pad</source>
        <translation>&amp;New path</translation>
    </message>
    <message>
        <source>Nieuw ontwikkelpad (Insert in de lijst, Ctrl+Insert)</source>
        <translation>New development path (Insert in the list, Ctrl+Insert)</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Het gekozen pad verwijderen (Delete in de lijst)</source>
        <translation>Delete the chosen path (Delete in the list)</translation>
    </message>
    <message>
        <source>Titel van het pad</source>
        <translation>Title of the path</translation>
    </message>
    <message>
        <source>Titel wijzigen</source>
        <translation>Change title</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Beschrijving wijzigen</source>
        <translation>Change description</translation>
    </message>
    <message>
        <source>Te ontwikkelen acties / producten</source>
        <translation>Actions / products to develop</translation>
    </message>
    <message>
        <source>Nieuwe actie of nieuw product… (Enter)</source>
        <translation>New action or new product… (Enter)</translation>
    </message>
    <message>
        <source>Actie: {0}</source>
        <translation>Action: {0}</translation>
    </message>
    <message>
        <source>&amp;Fiche maken van actie</source>
        <translation>Make a &amp;fiche of the action</translation>
    </message>
    <message>
        <source>Een nieuwe fiche met de gekozen actie als titel, gekoppeld aan dit pad</source>
        <translation>A new fiche with the chosen action as its title, linked to this path</translation>
    </message>
    <message>
        <source>Impact die we creëren</source>
        <translation>Impact we create</translation>
    </message>
    <message>
        <source>&amp;Doelgroepen…</source>
        <translation>Target &amp;groups…</translation>
    </message>
    <message>
        <source>De doelgroepen van deze workshop toevoegen, hernoemen, ordenen of verwijderen</source>
        <translation>Add, rename, order or remove this workshop&apos;s target groups</translation>
    </message>
    <message>
        <source>Trekker van het pad</source>
        <translation>Owner of the path</translation>
    </message>
    <message>
        <source>Trekker wijzigen</source>
        <translation>Change owner</translation>
    </message>
    <message>
        <source>T&amp;rekker:</source>
        <translation>Ow&amp;ner:</translation>
    </message>
    <message>
        <source>Impact voor {0}</source>
        <translation>Impact for {0}</translation>
    </message>
    <message>
        <source>Nieuwe impact voor {0}… (Enter)</source>
        <translation>New impact for {0}… (Enter)</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>Gekoppelde SWOT-punten</source>
        <translation>Linked SWOT points</translation>
    </message>
    <message>
        <source>Gekoppelde doelen</source>
        <translation>Linked goals</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gekoppelde &amp;doelen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Linked &amp;goals&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>B&amp;eschrijving:</source>
        <translation>D&amp;escription:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gekoppelde &amp;SWOT-punten&lt;/b&gt;</source>
        <translation>&lt;b&gt;Linked &amp;SWOT points&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Herkomst&lt;/b&gt;</source>
        <translation>&lt;b&gt;Origin&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Doelen koppelen</source>
        <translation>Link goals</translation>
    </message>
    <message>
        <source>Impact ({0}): {1}</source>
        <translation>Impact ({0}): {1}</translation>
    </message>
    <message>
        <source>Fiche maken van actie</source>
        <translation>Make a fiche of the action</translation>
    </message>
    <message>
        <source>Nieuw ontwikkelpad</source>
        <translation>New development path</translation>
    </message>
    <message>
        <source>Pad verplaatsen</source>
        <translation>Move path</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Deelnemers en clusters</source>
        <translation>Participants and clusters</translation>
    </message>
</context>
<context>
    <name>PhasingEditor</name>
    <message>
        <source>Acties en fasering</source>
        <translation>Actions and phasing</translation>
    </message>
    <message>
        <source>Nieuwe actie… (Enter)</source>
        <translation>New action… (Enter)</translation>
    </message>
    <message>
        <source>Nieuwe actie</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Actie omhoog (Alt+Omhoog)</source>
        <translation>Action up (Alt+Up)</translation>
    </message>
    <message>
        <source>Actie omlaag (Alt+Omlaag)</source>
        <translation>Action down (Alt+Down)</translation>
    </message>
    <message>
        <source>Actie verwijderen (Delete)</source>
        <translation>Delete action (Delete)</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot</source>
        <translation>To</translation>
    </message>
    <message>
        <source>{0}: loopt</source>
        <translation>{0}: running</translation>
    </message>
    <message>
        <source>Actie wijzigen</source>
        <translation>Change action</translation>
    </message>
    <message>
        <source>Fasering wijzigen</source>
        <translation>Change phasing</translation>
    </message>
    <message>
        <source>Actie toevoegen</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Actie verwijderen</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <source>Actie verplaatsen</source>
        <translation>Move action</translation>
    </message>
</context>
<context>
    <name>PlacesView</name>
    <message>
        <source>Locaties</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>Sessies</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Locaties en sessies</source>
        <translation>Locations and sessions</translation>
    </message>
</context>
<context>
    <name>PrinciplesView</name>
    <message>
        <source>Leidende principes</source>
        <translation>Guiding principles</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Leidende principes&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Guiding principles&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Slepen of Alt+↑/↓ om te ordenen</source>
        <translation>Drag or Alt+↑/↓ to reorder</translation>
    </message>
    <message>
        <source>&amp;Nieuw principe</source>
        <translation>&amp;New principle</translation>
    </message>
    <message>
        <source>Nieuw principe (Insert in de lijst, Ctrl+Insert)</source>
        <translation>New principle (Insert in the list, Ctrl+Insert)</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Het gekozen principe verwijderen (Delete)</source>
        <translation>Delete the chosen principle (Delete)</translation>
    </message>
    <message>
        <source>Titel van het principe</source>
        <translation>Title of the principle</translation>
    </message>
    <message>
        <source>Titel wijzigen</source>
        <translation>Change title</translation>
    </message>
    <message>
        <source>Tekst van het principe</source>
        <translation>Text of the principle</translation>
    </message>
    <message>
        <source>Tekst wijzigen</source>
        <translation>Change text</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Te&amp;kst:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Principe toevoegen</source>
        <translation>Add principle</translation>
    </message>
    <message>
        <source>Nieuw principe</source>
        <translation>New principle</translation>
    </message>
    <message>
        <source>Principe verwijderen</source>
        <translation>Delete principle</translation>
    </message>
    <message>
        <source>Principe verplaatsen</source>
        <translation>Move principle</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Het rapport kan niet gelezen worden: {0}</source>
        <translation>The report cannot be read: {0}</translation>
    </message>
    <message>
        <source>De printer kon niet starten.</source>
        <translation>The printer could not start.</translation>
    </message>
    <message>
        <source>Afdrukken geannuleerd.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <source>Rapport afdrukken</source>
        <translation>Print report</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>&amp;Projectiescherm</source>
        <translation>&amp;Projector screen</translation>
    </message>
    <message>
        <source>Projectiescherm &amp;volledig scherm</source>
        <translation>Projector screen &amp;full screen</translation>
    </message>
    <message>
        <source>Donker projectiescherm</source>
        <translation>Dark projector screen</translation>
    </message>
    <message>
        <source>Op het projectiescherm</source>
        <translation>On the projector screen</translation>
    </message>
    <message>
        <source>SWOT-bord</source>
        <translation>SWOT board</translation>
    </message>
    <message>
        <source>Ontwikkelpad…</source>
        <translation>Development path…</translation>
    </message>
    <message>
        <source>Fiche…</source>
        <translation>Fiche…</translation>
    </message>
    <message>
        <source>Clusters op het projectiescherm</source>
        <translation>Clusters on the projector screen</translation>
    </message>
    <message>
        <source>Huidige cluster</source>
        <translation>Current cluster</translation>
    </message>
    <message>
        <source>Alle clusters</source>
        <translation>All clusters</translation>
    </message>
    <message>
        <source>Wisselen tussen huidige en alle clusters</source>
        <translation>Switch between current and all clusters</translation>
    </message>
    <message>
        <source>Scherm voor projectie</source>
        <translation>Screen for projection</translation>
    </message>
    <message>
        <source>Grotere tekst op het projectiescherm</source>
        <translation>Larger text on the projected screen</translation>
    </message>
    <message>
        <source>Kleinere tekst op het projectiescherm</source>
        <translation>Smaller text on the projected screen</translation>
    </message>
    <message>
        <source>Scherm {0}: {1} ({2}×{3})</source>
        <translation>Screen {0}: {1} ({2}×{3})</translation>
    </message>
    <message>
        <source>Tekst op het projectiescherm: {0}%</source>
        <translation>Text on the projected screen: {0}%</translation>
    </message>
    <message>
        <source>Ontwikkelpad tonen</source>
        <translation>Show development path</translation>
    </message>
    <message>
        <source>Ontwikkelpad:</source>
        <translation>Development path:</translation>
    </message>
    <message>
        <source>Fiche tonen</source>
        <translation>Show fiche</translation>
    </message>
    <message>
        <source>Fiche:</source>
        <translation>Fiche:</translation>
    </message>
    <message>
        <source>Er is nog niets om te tonen.</source>
        <translation>There is nothing to show yet.</translation>
    </message>
    <message>
        <source>blad {0}/{1}</source>
        <translation>page {0}/{1}</translation>
    </message>
    <message>
        <source>Trekker: {0}</source>
        <translation>Owner: {0}</translation>
    </message>
    <message>
        <source>Te ontwikkelen acties / producten</source>
        <translation>Actions / products to develop</translation>
    </message>
    <message>
        <source>Impact die we creëren</source>
        <translation>Impact we create</translation>
    </message>
    <message>
        <source>Verplicht</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <source>Keuze</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>SDG {0}</source>
        <translation>SDG {0}</translation>
    </message>
    <message>
        <source>Waarom?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <source>Wat?</source>
        <translation>What?</translation>
    </message>
    <message>
        <source>Wat winnen we?</source>
        <translation>What do we gain?</translation>
    </message>
    <message>
        <source>Acties en fasering</source>
        <translation>Actions and phasing</translation>
    </message>
    <message>
        <source>Status op het einde van de legislatuur</source>
        <translation>Status at the end of the term</translation>
    </message>
    <message>
        <source>Afhankelijkheden</source>
        <translation>Dependencies</translation>
    </message>
    <message>
        <source>Risico&apos;s</source>
        <translation>Risks</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Atelier – projectiescherm</source>
        <translation>Atelier – projector screen</translation>
    </message>
    <message>
        <source>Projectiescherm</source>
        <translation>Projector screen</translation>
    </message>
    <message>
        <source>Wat het projectiescherm toont</source>
        <translation>What the projector screen shows</translation>
    </message>
    <message>
        <source>Legende van de clusters</source>
        <translation>Legend of the clusters</translation>
    </message>
    <message>
        <source>Dit ontwikkelpad</source>
        <translation>This development path</translation>
    </message>
    <message>
        <source>Deze fiche</source>
        <translation>This fiche</translation>
    </message>
    <message>
        <source>{0} bestaat niet meer.</source>
        <translation>{0} no longer exists.</translation>
    </message>
    <message>
        <source>alle clusters</source>
        <translation>all clusters</translation>
    </message>
    <message>
        <source>zonder cluster</source>
        <translation>without cluster</translation>
    </message>
    <message>
        <source>Omgevingsanalyse (SWOT) · {0}</source>
        <translation>Environment analysis (SWOT) · {0}</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Ontwikkelpad</source>
        <translation>Development path</translation>
    </message>
    <message>
        <source>Fiche</source>
        <translation>Fiche</translation>
    </message>
</context>
<context>
    <name>ProposalForm</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code wijzigen</source>
        <translation>Change code</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Titel wijzigen</source>
        <translation>Change title</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Beleidsdoelstelling</source>
        <translation>Policy objective</translation>
    </message>
    <message>
        <source>Beleidsdoelstelling wijzigen</source>
        <translation>Change policy objective</translation>
    </message>
    <message>
        <source>Doel (actieplan of actie)</source>
        <translation>Goal (action plan or action)</translation>
    </message>
    <message>
        <source>&amp;Verplicht</source>
        <translation>&amp;Mandatory</translation>
    </message>
    <message>
        <source>&amp;Keuze</source>
        <translation>&amp;Choice</translation>
    </message>
    <message>
        <source>Verplicht</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <source>Keuze</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Kies een werklocatie of typ een plaats</source>
        <translation>Choose a work location or type a place</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Ook in sectoren</source>
        <translation>Also in sectors</translation>
    </message>
    <message>
        <source>De fiche hoort ook bij deze sectoren: filters vinden ze onder elk ervan</source>
        <translation>The fiche also belongs to these sectors: filters find it under each of them</translation>
    </message>
    <message>
        <source>Trekker</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Trekker wijzigen</source>
        <translation>Change owner</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>Ook &amp;in sectoren:</source>
        <translation>Also &amp;in sectors:</translation>
    </message>
    <message>
        <source>Trekker:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>&amp;Beleidsdoelstelling:</source>
        <translation>&amp;Policy objective:</translation>
    </message>
    <message>
        <source>&amp;Doel:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>Verplicht of keuze:</source>
        <translation>Mandatory or choice:</translation>
    </message>
    <message>
        <source>&amp;Locatie (waar?):</source>
        <translation>&amp;Location (where?):</translation>
    </message>
    <message>
        <source>Projectdoel</source>
        <translation>Project goal</translation>
    </message>
    <message>
        <source>&amp;Waarom?</source>
        <translation>&amp;Why?</translation>
    </message>
    <message>
        <source>Waarom wijzigen</source>
        <translation>Change why</translation>
    </message>
    <message>
        <source>W&amp;at willen we bereiken?</source>
        <translation>Wh&amp;at do we want to achieve?</translation>
    </message>
    <message>
        <source>Doel wijzigen</source>
        <translation>Change goal</translation>
    </message>
    <message>
        <source>Wat &amp;winnen we?</source>
        <translation>What do we &amp;gain?</translation>
    </message>
    <message>
        <source>Wat we winnen wijzigen</source>
        <translation>Change what we gain</translation>
    </message>
    <message>
        <source>Stand van zaken &amp;einde legislatuur</source>
        <translation>Status at the &amp;end of the term</translation>
    </message>
    <message>
        <source>Stand van zaken wijzigen</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>A&amp;fhankelijkheden</source>
        <translation>De&amp;pendencies</translation>
    </message>
    <message>
        <source>Afhankelijkheden wijzigen</source>
        <translation>Change dependencies</translation>
    </message>
    <message>
        <source>&amp;Risico&apos;s</source>
        <translation>&amp;Risks</translation>
    </message>
    <message>
        <source>Risico&apos;s wijzigen</source>
        <translation>Change risks</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>later</source>
        <translation>later</translation>
    </message>
    <message>
        <source>Datum van het besluit</source>
        <translation>Date of the decision</translation>
    </message>
    <message>
        <source>op</source>
        <translation>on</translation>
    </message>
    <message>
        <source>Motivering</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Motivering wijzigen</source>
        <translation>Change motivation</translation>
    </message>
    <message>
        <source>Rang en score in de stemrondes</source>
        <translation>Rank and score in the voting rounds</translation>
    </message>
    <message>
        <source>Bes&amp;luit:</source>
        <translation>Dec&amp;ision:</translation>
    </message>
    <message>
        <source>&amp;Motivering:</source>
        <translation>&amp;Motivation:</translation>
    </message>
    <message>
        <source>In de stemrondes:</source>
        <translation>In the voting rounds:</translation>
    </message>
    <message>
        <source>Besluit wijzigen</source>
        <translation>Change decision</translation>
    </message>
    <message>
        <source>Datum van het besluit wijzigen</source>
        <translation>Change the date of the decision</translation>
    </message>
    <message>
        <source>in het plan (verplicht)</source>
        <translation>in the plan (mandatory)</translation>
    </message>
    <message>
        <source>in het plan</source>
        <translation>in the plan</translation>
    </message>
    <message>
        <source>niet in het plan</source>
        <translation>not in the plan</translation>
    </message>
    <message>
        <source>{0}: {1} van {2} (score {3})</source>
        <translation>{0}: {1} of {2} (score {3})</translation>
    </message>
    <message>
        <source>in geen enkele ronde</source>
        <translation>in no round</translation>
    </message>
    <message>
        <source>Gekoppelde ontwikkelpaden</source>
        <translation>Linked development paths</translation>
    </message>
    <message>
        <source>Gekoppelde SWOT-punten</source>
        <translation>Linked SWOT points</translation>
    </message>
    <message>
        <source>SDG&apos;s</source>
        <translation>SDGs</translation>
    </message>
    <message>
        <source>Acties en fasering</source>
        <translation>Actions and phasing</translation>
    </message>
    <message>
        <source>Middelen per jaar (raming)</source>
        <translation>Resources per year (estimate)</translation>
    </message>
    <message>
        <source>Herkomst</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>(geen sector)</source>
        <translation>(no sector)</translation>
    </message>
    <message>
        <source>(geen doel)</source>
        <translation>(no goal)</translation>
    </message>
    <message>
        <source>Voorstel wijzigen</source>
        <translation>Change proposal</translation>
    </message>
    <message>
        <source>Andere sectoren kiezen</source>
        <translation>Choose other sectors</translation>
    </message>
    <message>
        <source>Sector wijzigen</source>
        <translation>Change sector</translation>
    </message>
    <message>
        <source>Doel kiezen</source>
        <translation>Choose goal</translation>
    </message>
    <message>
        <source>Verplicht maken</source>
        <translation>Make mandatory</translation>
    </message>
    <message>
        <source>Keuze maken</source>
        <translation>Make it a choice</translation>
    </message>
    <message>
        <source>Locatie wijzigen</source>
        <translation>Change location</translation>
    </message>
    <message>
        <source>Ontwikkelpaden koppelen</source>
        <translation>Link development paths</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Beleidsdoelstelling</source>
        <translation>Policy objective</translation>
    </message>
    <message>
        <source>Verplicht/keuze</source>
        <translation>Mandatory/choice</translation>
    </message>
    <message>
        <source>SDG&apos;s</source>
        <translation>SDGs</translation>
    </message>
    <message>
        <source>Investering (€)</source>
        <translation>Investment (€)</translation>
    </message>
    <message>
        <source>Werking (€)</source>
        <translation>Operating (€)</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Verplicht</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <source>Keuze</source>
        <translation>Choice</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <source>In plan</source>
        <translation>In plan</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Fiche</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Investering netto (€)</source>
        <translation>Net investment (€)</translation>
    </message>
    <message>
        <source>Werking netto (€)</source>
        <translation>Net operating (€)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ProposalsView</name>
    <message>
        <source>Voorstellen</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Zoek in code, titel, doelstelling en projectdoel…</source>
        <translation>Search code, title, objective and project goal…</translation>
    </message>
    <message>
        <source>Zoeken in de voorstellen</source>
        <translation>Search the proposals</translation>
    </message>
    <message>
        <source>Filter op sector</source>
        <translation>Filter by sector</translation>
    </message>
    <message>
        <source>Filter op beleidsdoelstelling</source>
        <translation>Filter by policy objective</translation>
    </message>
    <message>
        <source>Filter op verplicht of keuze</source>
        <translation>Filter by mandatory or choice</translation>
    </message>
    <message>
        <source>Verplicht en keuze</source>
        <translation>Mandatory and choice</translation>
    </message>
    <message>
        <source>Alleen verplicht</source>
        <translation>Mandatory only</translation>
    </message>
    <message>
        <source>Alleen keuze</source>
        <translation>Choice only</translation>
    </message>
    <message>
        <source>Filter op SDG</source>
        <translation>Filter by SDG</translation>
    </message>
    <message>
        <source>Alle SDG&apos;s</source>
        <translation>All SDGs</translation>
    </message>
    <message>
        <source>vanaf €</source>
        <translation>from €</translation>
    </message>
    <message>
        <source>tot €</source>
        <translation>up to €</translation>
    </message>
    <message>
        <source>Filters &amp;wissen</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Investering vanaf</source>
        <translation>Investment from</translation>
    </message>
    <message>
        <source>Investering tot en met</source>
        <translation>Investment up to and including</translation>
    </message>
    <message>
        <source>In&amp;vestering:</source>
        <translation>In&amp;vestment:</translation>
    </message>
    <message>
        <source>Aantal, investering en werking</source>
        <translation>Count, investment and operating</translation>
    </message>
    <message>
        <source>&amp;Nieuw voorstel</source>
        <translation>&amp;New proposal</translation>
    </message>
    <message>
        <source>Nieuw voorstel (Insert)</source>
        <translation>New proposal (Insert)</translation>
    </message>
    <message>
        <source>Fiche &amp;openen</source>
        <translation>&amp;Open fiche</translation>
    </message>
    <message>
        <source>De fiche openen (Enter)</source>
        <translation>Open the fiche (Enter)</translation>
    </message>
    <message>
        <source>Verwij&amp;deren</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Het voorstel verwijderen (Delete)</source>
        <translation>Delete the proposal (Delete)</translation>
    </message>
    <message>
        <source>Bes&amp;luit…</source>
        <translation>Dec&amp;ision…</translation>
    </message>
    <message>
        <source>Een besluit voor de gekozen fiches</source>
        <translation>One decision for the selected fiches</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>De top van een gesloten ronde: ja…</source>
        <translation>The top of a closed round: yes…</translation>
    </message>
    <message>
        <source>← &amp;Lijst</source>
        <translation>← &amp;List</translation>
    </message>
    <message>
        <source>Terug naar de lijst (Esc)</source>
        <translation>Back to the list (Esc)</translation>
    </message>
    <message>
        <source>‹ Vorige</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <source>Vorige fiche (Ctrl+PgUp)</source>
        <translation>Previous fiche (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Volgende ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>Volgende fiche (Ctrl+PgDown)</source>
        <translation>Next fiche (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Dit voorstel verwijderen (Ctrl+Z zet het terug)</source>
        <translation>Delete this proposal (Ctrl+Z puts it back)</translation>
    </message>
    <message>
        <source>Alle sectoren</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>(geen sector)</source>
        <translation>(no sector)</translation>
    </message>
    <message>
        <source>Alle beleidsdoelstellingen</source>
        <translation>All policy objectives</translation>
    </message>
    <message>
        <source>Investering tot</source>
        <translation>Investment up to</translation>
    </message>
    <message>
        <source>{0} van {1} voorstellen · {2} verplicht · investering {3} · werking {4}</source>
        <translation>{0} of {1} proposals · {2} mandatory · investment {3} · operating {4}</translation>
    </message>
    <message>
        <source>Besluit voor {0} fiche(s)</source>
        <translation>Decision for {0} fiche(s)</translation>
    </message>
    <message>
        <source>Top {0} van de ronde: {1}</source>
        <translation>Top {0} of the round: {1}</translation>
    </message>
    <message>
        <source>Er is nog geen gesloten ronde over fiches.</source>
        <translation>There is no closed round over fiches yet.</translation>
    </message>
    <message>
        <source>Top van een ronde</source>
        <translation>Top of a round</translation>
    </message>
    <message>
        <source>Ronde:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <source>De top hoeveel krijgt ja?</source>
        <translation>How many at the top get yes?</translation>
    </message>
    <message>
        <source>fiche {0} van {1}</source>
        <translation>fiche {0} of {1}</translation>
    </message>
    <message>
        <source>Nieuw voorstel</source>
        <translation>New proposal</translation>
    </message>
</context>
<context>
    <name>Quadrant</name>
    <message>
        <source>Sterke punten</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Zwakke punten</source>
        <translation>Weaknesses</translation>
    </message>
    <message>
        <source>Opportuniteiten</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Bedreigingen</source>
        <translation>Threats</translation>
    </message>
</context>
<context>
    <name>QuadrantPanel</name>
    <message>
        <source>Lijst {0}</source>
        <translation>List {0}</translation>
    </message>
    <message>
        <source>{0}: nieuw punt</source>
        <translation>{0}: new point</translation>
    </message>
    <message>
        <source>Domein voor nieuwe punten ({0})</source>
        <translation>Area for new points ({0})</translation>
    </message>
    <message>
        <source>Domein van het volgende punt (Alt+↑/↓ in de invoerregel)</source>
        <translation>Area of the next point (Alt+↑/↓ in the input line)</translation>
    </message>
    <message>
        <source>(geen domein)</source>
        <translation>(no area)</translation>
    </message>
    <message>
        <source>{0}: {1} punten</source>
        <translation>{0}: {1} points</translation>
    </message>
    <message>
        <source>Nieuw sterk punt (Enter)</source>
        <translation>New strength (Enter)</translation>
    </message>
    <message>
        <source>Nieuw zwak punt (Enter)</source>
        <translation>New weakness (Enter)</translation>
    </message>
    <message>
        <source>Nieuwe opportuniteit (Enter)</source>
        <translation>New opportunity (Enter)</translation>
    </message>
    <message>
        <source>Nieuwe bedreiging (Enter)</source>
        <translation>New threat (Enter)</translation>
    </message>
    <message>
        <source>Wordt bewaard bij cluster {0}, sessie {1}, domein uit de lijst ernaast.</source>
        <translation>Saved under cluster {0}, session {1}, area from the list beside it.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireTab</name>
    <message>
        <source>Invullen voor</source>
        <translation>Answer for</translation>
    </message>
    <message>
        <source>&amp;Invullen voor:</source>
        <translation>&amp;Answer for:</translation>
    </message>
    <message>
        <source>1–5: antwoord en naar de volgende rij (1 = helemaal oneens … 5 = helemaal eens; op een belang-rij: hoe belangrijk het domein is) · 0 of ?: weet niet (telt niet mee) · Delete: wissen · cursief: gemiddelde van deelnemers</source>
        <translation>1–5: answer and go to the next row (1 = strongly disagree … 5 = strongly agree; on an importance row: how important the area is) · 0 or ?: don&apos;t know (does not count) · Delete: clear · italics: average of participants</translation>
    </message>
    <message>
        <source>Vragenlijst: antwoorden per cluster</source>
        <translation>Questionnaire: answers per cluster</translation>
    </message>
    <message>
        <source>Alle clusters (één kolom per cluster)</source>
        <translation>All clusters (one column per cluster)</translation>
    </message>
    <message>
        <source>{0} – per deelnemer ({1})</source>
        <translation>{0} – per participant ({1})</translation>
    </message>
    <message>
        <source>Dit vak toont het gemiddelde van {0} deelnemer(s) van {1}; een antwoord van de cluster samen telt hier niet mee. Kies bij Invullen voor &apos;{1} – per deelnemer&apos; om hun antwoorden te wijzigen.</source>
        <translation>This cell shows the average of {0} participant(s) of {1}; an answer for the cluster as a whole does not count here. Choose &apos;{1} – per participant&apos; under Answer for to change their answers.</translation>
    </message>
</context>
<context>
    <name>RecommendationsPanel</name>
    <message>
        <source>Aanbevelingen van dit domein</source>
        <translation>Recommendations for this area</translation>
    </message>
    <message>
        <source>Aanbeveling verwijderen</source>
        <translation>Delete recommendation</translation>
    </message>
    <message>
        <source>Nieuwe aanbeveling (Enter)</source>
        <translation>New recommendation (Enter)</translation>
    </message>
    <message>
        <source>Nieuwe aanbeveling voor dit domein</source>
        <translation>New recommendation for this area</translation>
    </message>
    <message>
        <source>Aanbevelingen: kies een domein</source>
        <translation>Recommendations: choose an area</translation>
    </message>
    <message>
        <source>Aanbevelingen – {0}</source>
        <translation>Recommendations – {0}</translation>
    </message>
    <message>
        <source>Cluster: {0}</source>
        <translation>Cluster: {0}</translation>
    </message>
    <message>
        <source>Voor alle clusters</source>
        <translation>For all clusters</translation>
    </message>
    <message>
        <source>Aanbeveling toevoegen</source>
        <translation>Add recommendation</translation>
    </message>
    <message>
        <source>Aanbeveling bewerken</source>
        <translation>Edit recommendation</translation>
    </message>
</context>
<context>
    <name>RecordEdits</name>
    <message>
        <source>Ontwikkelpad toevoegen</source>
        <translation>Add development path</translation>
    </message>
    <message>
        <source>Ontwikkelpad verwijderen</source>
        <translation>Delete development path</translation>
    </message>
    <message>
        <source>Voorstel toevoegen</source>
        <translation>Add proposal</translation>
    </message>
    <message>
        <source>Voorstel verwijderen</source>
        <translation>Delete proposal</translation>
    </message>
</context>
<context>
    <name>RecordTableEditor</name>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
</context>
<context>
    <name>RemoteChanges</name>
    <message>
        <source>Verbinding met de server hersteld: heropen het werkbestand om alles te verversen.</source>
        <translation>Connection to the server restored: reopen the workshop store to refresh everything.</translation>
    </message>
    <message>
        <source>Bijgewerkt door een andere begeleider.</source>
        <translation>Updated by another facilitator.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Voorbeeld van de pagina</source>
        <translation>Preview of the page</translation>
    </message>
    <message>
        <source>&amp;Vorige</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>V&amp;olgende</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Het rapport kan niet getoond worden.</source>
        <translation>The report cannot be shown.</translation>
    </message>
    <message>
        <source>Pagina {0} van {1}</source>
        <translation>Page {0} of {1}</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Volledig rapport</source>
        <translation>Full report</translation>
    </message>
    <message>
        <source>SWOT per cluster en organisatiebreed</source>
        <translation>SWOT per cluster and organisation-wide</translation>
    </message>
    <message>
        <source>Zelfevaluatie en positioneringsrozen</source>
        <translation>Self-assessment and positioning roses</translation>
    </message>
    <message>
        <source>Confrontatiematrix en strategieën</source>
        <translation>Confrontation matrix and strategies</translation>
    </message>
    <message>
        <source>Ontwikkelpaden en leidende principes</source>
        <translation>Development paths and guiding principles</translation>
    </message>
    <message>
        <source>Uitslagen van de stemrondes</source>
        <translation>Results of the voting rounds</translation>
    </message>
    <message>
        <source>Fiches van de voorstellen</source>
        <translation>Fiches of the proposals</translation>
    </message>
    <message>
        <source>Doelen: beleidsdoelstellingen, actieplannen, acties</source>
        <translation>Goals: policy objectives, action plans, actions</translation>
    </message>
    <message>
        <source>Externe analyse</source>
        <translation>External analysis</translation>
    </message>
    <message>
        <source>Zelfevaluatie</source>
        <translation>Self-evaluation</translation>
    </message>
    <message>
        <source>Interne analyse</source>
        <translation>Internal analysis</translation>
    </message>
    <message>
        <source>Keuzenota (fiches en rangschikking)</source>
        <translation>Choice note (fiches and ranking)</translation>
    </message>
    <message>
        <source>Doelen (beleidsdoelstellingen en acties)</source>
        <translation>Goals (policy objectives and actions)</translation>
    </message>
    <message>
        <source>Bereid clusters, deelnemers, locaties, sessies, voorstellen en SWOT-punten voor in Excel, of lees de lijsten in die u al bijhoudt. U ziet eerst wat er nieuw is en wat bijgewerkt wordt; pas daarna wordt alles in één keer ingelezen.</source>
        <translation>Prepare clusters, participants, locations, sessions, proposals and SWOT points in Excel, or import the lists you already keep. You first see what is new and what is updated; only then is everything imported at once.</translation>
    </message>
    <message>
        <source>Werden dagen of locaties op andere laptops gevat? Voeg hun werkbestanden (.atelier) hier samen. Wat op beide gewijzigd werd, krijgt de laatste wijziging; wat ergens verwijderd werd, verdwijnt ook hier. U ziet eerst wat er verandert; de andere bestanden blijven ongewijzigd.</source>
        <translation>Were days or locations captured on other laptops? Merge their workshop files (.atelier) here. What was changed on both gets the latest change; what was deleted somewhere goes here too. You first see what changes; the other files stay unchanged.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Deel van het rapport</source>
        <translation>Part of the report</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>PDF &amp;bewaren…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>&amp;Word bewaren…</source>
        <translation>Save as &amp;Word…</translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>D&amp;ocument:</source>
        <translation>D&amp;ocument:</translation>
    </message>
    <message>
        <source>&amp;Deel:</source>
        <translation>P&amp;art:</translation>
    </message>
    <message>
        <source>C&amp;luster:</source>
        <translation>C&amp;luster:</translation>
    </message>
    <message>
        <source>Hele workshop naar &amp;Excel…</source>
        <translation>Whole workshop to &amp;Excel…</translation>
    </message>
    <message>
        <source>Leeg &amp;sjabloon…</source>
        <translation>Empty &amp;template…</translation>
    </message>
    <message>
        <source>Excel &amp;importeren…</source>
        <translation>&amp;Import Excel…</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Werkbestanden &amp;samenvoegen…</source>
        <translation>&amp;Merge workshop files…</translation>
    </message>
    <message>
        <source>Werkbestanden van andere laptops</source>
        <translation>Workshop files from other laptops</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Rapporten en Excel</source>
        <translation>Reports and Excel</translation>
    </message>
    <message>
        <source>Alle clusters</source>
        <translation>All clusters</translation>
    </message>
    <message>
        <source>Geannuleerd: er is niets geschreven.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Onverwachte fout: {0}</source>
        <translation>Unexpected error: {0}</translation>
    </message>
    <message>
        <source>Rapport als Word-document bewaren</source>
        <translation>Save the report as a Word document</translation>
    </message>
    <message>
        <source>Word-document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Word-document maken…</source>
        <translation>Making the Word document…</translation>
    </message>
    <message>
        <source>Word-document bewaard: {0}</source>
        <translation>Word document saved: {0}</translation>
    </message>
    <message>
        <source>Rapport bewaren</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Rapport maken…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>Rapport bewaard: {0}</source>
        <translation>Report saved: {0}</translation>
    </message>
    <message>
        <source>Rapport voorbereiden…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <source>Rapport afdrukken…</source>
        <translation>Printing the report…</translation>
    </message>
    <message>
        <source>Rapport naar de printer gestuurd: {0} pagina&apos;s.</source>
        <translation>Report sent to the printer: {0} pages.</translation>
    </message>
    <message>
        <source>Naar Excel</source>
        <translation>To Excel</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Werkmap schrijven…</source>
        <translation>Writing the workbook…</translation>
    </message>
    <message>
        <source>Werkmap bewaard: {0}</source>
        <translation>Workbook saved: {0}</translation>
    </message>
    <message>
        <source>Leeg sjabloon</source>
        <translation>Empty template</translation>
    </message>
    <message>
        <source>Sjabloon bewaard: {0}</source>
        <translation>Template saved: {0}</translation>
    </message>
    <message>
        <source>Excel importeren</source>
        <translation>Import Excel</translation>
    </message>
    <message>
        <source>Werkmap lezen…</source>
        <translation>Reading the workbook…</translation>
    </message>
    <message>
        <source>Import geannuleerd: er is niets veranderd.</source>
        <translation>Import cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>Werkmap inlezen…</source>
        <translation>Importing the workbook…</translation>
    </message>
    <message>
        <source>Niets ingelezen: {0}</source>
        <translation>Nothing imported: {0}</translation>
    </message>
    <message>
        <source>Ingelezen uit {0}: {1} nieuw, {2} bijgewerkt.</source>
        <translation>Imported from {0}: {1} new, {2} updated.</translation>
    </message>
    <message>
        <source>Werkbestanden samenvoegen</source>
        <translation>Merge workshop files</translation>
    </message>
    <message>
        <source>Atelier-werkbestanden (*.atelier)</source>
        <translation>Atelier workshop files (*.atelier)</translation>
    </message>
    <message>
        <source>Werkbestanden vergelijken…</source>
        <translation>Comparing workshop files…</translation>
    </message>
    <message>
        <source>Samenvoegen geannuleerd: er is niets veranderd.</source>
        <translation>Merge cancelled: nothing changed.</translation>
    </message>
    <message>
        <source>Werkbestanden samenvoegen…</source>
        <translation>Merging workshop files…</translation>
    </message>
    <message>
        <source>Samengevoegd uit {0} bestand(en): {1} nieuw, {2} bijgewerkt, {3} verwijderd.</source>
        <translation>Merged from {0} file(s): {1} new, {2} updated, {3} deleted.</translation>
    </message>
</context>
<context>
    <name>ResourcesTable</name>
    <message>
        <source>Middelen per jaar</source>
        <translation>Resources per year</translation>
    </message>
    <message>
        <source>Investering:
uitgaven (€)</source>
        <translation>Investment:
expenditure (€)</translation>
    </message>
    <message>
        <source>Investering:
ontvangsten (€)</source>
        <translation>Investment:
income (€)</translation>
    </message>
    <message>
        <source>Werking:
uitgaven (€)</source>
        <translation>Operating:
expenditure (€)</translation>
    </message>
    <message>
        <source>Werking:
ontvangsten (€)</source>
        <translation>Operating:
income (€)</translation>
    </message>
    <message>
        <source>VTE</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>gem. {0}</source>
        <translation>avg. {0}</translation>
    </message>
    <message>
        <source>Gemiddeld aantal VTE per jaar</source>
        <translation>Average FTE per year</translation>
    </message>
    <message>
        <source>Investering {0}</source>
        <translation>Investment {0}</translation>
    </message>
    <message>
        <source>Ontvangsten investering {0}</source>
        <translation>Investment income {0}</translation>
    </message>
    <message>
        <source>Werking {0}</source>
        <translation>Operating {0}</translation>
    </message>
    <message>
        <source>Ontvangsten werking {0}</source>
        <translation>Operating income {0}</translation>
    </message>
    <message>
        <source>VTE {0}</source>
        <translation>FTE {0}</translation>
    </message>
    <message>
        <source>Middelen {0} wijzigen</source>
        <translation>Change resources {0}</translation>
    </message>
</context>
<context>
    <name>RoomTable</name>
    <message>
        <source>Financiële ruimte per jaar</source>
        <translation>Financial room per year</translation>
    </message>
    <message>
        <source>Investeringsruimte (€)</source>
        <translation>Investment room (€)</translation>
    </message>
    <message>
        <source>Werkingsruimte (€)</source>
        <translation>Operating room (€)</translation>
    </message>
    <message>
        <source>Investeringsruimte {0}</source>
        <translation>Investment room {0}</translation>
    </message>
    <message>
        <source>Werkingsruimte {0}</source>
        <translation>Operating room {0}</translation>
    </message>
    <message>
        <source>Financiële ruimte {0} wijzigen</source>
        <translation>Change financial room {0}</translation>
    </message>
</context>
<context>
    <name>RoseCard</name>
    <message>
        <source>Belang volgens de cluster</source>
        <translation>Importance according to the cluster</translation>
    </message>
    <message>
        <source>Score van de cluster</source>
        <translation>Score of the cluster</translation>
    </message>
    <message>
        <source>Score {0}</source>
        <translation>Score {0}</translation>
    </message>
    <message>
        <source>Werkpunten</source>
        <translation>Points for improvement</translation>
    </message>
    <message>
        <source>Geen werkpunten</source>
        <translation>No points for improvement</translation>
    </message>
    <message>
        <source>Interne roos van {0}</source>
        <translation>Internal rose of {0}</translation>
    </message>
    <message>
        <source>{0}: belang {1}, score {2}, referentie {3}</source>
        <translation>{0}: importance {1}, score {2}, reference {3}</translation>
    </message>
    <message>
        <source>Paraatheid</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>Belangrijk, niet klaar</source>
        <translation>Important, not ready</translation>
    </message>
    <message>
        <source>Overal klaar genoeg</source>
        <translation>Ready enough everywhere</translation>
    </message>
    <message>
        <source>Externe roos van {0}</source>
        <translation>External rose of {0}</translation>
    </message>
    <message>
        <source>{0}: belang {1}, paraatheid {2}</source>
        <translation>{0}: importance {1}, readiness {2}</translation>
    </message>
    <message>
        <source> (referentie)</source>
        <translation> (reference)</translation>
    </message>
</context>
<context>
    <name>RosesPage</name>
    <message>
        <source>Legende van de rozen</source>
        <translation>Legend of the roses</translation>
    </message>
    <message>
        <source>Interne analyse</source>
        <translation>Internal analysis</translation>
    </message>
    <message>
        <source>Externe analyse</source>
        <translation>External analysis</translation>
    </message>
    <message>
        <source>Positioneringsroos · {0}</source>
        <translation>Positioning rose · {0}</translation>
    </message>
    <message>
        <source>belang volgens de cluster</source>
        <translation>importance according to the cluster</translation>
    </message>
    <message>
        <source>score van de cluster</source>
        <translation>the cluster&apos;s score</translation>
    </message>
    <message>
        <source>score {0} (referentie)</source>
        <translation>score {0} (reference)</translation>
    </message>
    <message>
        <source>paraatheid</source>
        <translation>readiness</translation>
    </message>
    <message>
        <source>werkpunt (rood omcirkeld)</source>
        <translation>point to work on (circled in red)</translation>
    </message>
</context>
<context>
    <name>RosesTab</name>
    <message>
        <source>Interne analyse</source>
        <translation>Internal analysis</translation>
    </message>
    <message>
        <source>Externe analyse</source>
        <translation>External analysis</translation>
    </message>
    <message>
        <source>Welke roos</source>
        <translation>Which rose</translation>
    </message>
    <message>
        <source>Alle clusters</source>
        <translation>All clusters</translation>
    </message>
    <message>
        <source>Twee clusters vergelijken</source>
        <translation>Compare two clusters</translation>
    </message>
    <message>
        <source>Weergave</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Eerste cluster</source>
        <translation>First cluster</translation>
    </message>
    <message>
        <source>Tweede cluster</source>
        <translation>Second cluster</translation>
    </message>
    <message>
        <source>&amp;Roos:</source>
        <translation>&amp;Rose:</translation>
    </message>
    <message>
        <source>&amp;Toon:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>met</source>
        <translation>with</translation>
    </message>
    <message>
        <source>Op het p&amp;rojectiescherm</source>
        <translation>On the p&amp;rojector</translation>
    </message>
    <message>
        <source>Toont deze rozen groot op het projectiescherm, leesbaar achteraan in de zaal</source>
        <translation>Shows these roses large on the projector, readable from the back of the room</translation>
    </message>
    <message>
        <source>Legende</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Belang volgens de cluster</source>
        <translation>Importance according to the cluster</translation>
    </message>
    <message>
        <source>Score van de cluster</source>
        <translation>Score of the cluster</translation>
    </message>
    <message>
        <source>Score {0} (referentie)</source>
        <translation>Score {0} (reference)</translation>
    </message>
    <message>
        <source>Werkpunt (rood): belang {0} of meer en een score onder {1}. Score: het gemiddelde van de stellingen, 1 tot 5; &apos;weet niet&apos; telt niet mee.</source>
        <translation>Point for improvement (red): importance {0} or more and a score below {1}. Score: the average of the statements, 1 to 5; &apos;don&apos;t know&apos; does not count.</translation>
    </message>
    <message>
        <source>Paraatheid</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>Rood: belang {0} of meer en een paraatheid onder {1}.</source>
        <translation>Red: importance {0} or more and readiness below {1}.</translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <source>Stemrondes</source>
        <translation>Voting rounds</translation>
    </message>
    <message>
        <source>Ronde</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Methode</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stemmen</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>&amp;Nieuwe ronde…</source>
        <translation>&amp;New round…</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Resultaat &amp;tonen</source>
        <translation>Show &amp;result</translation>
    </message>
    <message>
        <source>&amp;Papieren stembrief…</source>
        <translation>&amp;Paper ballot…</translation>
    </message>
    <message>
        <source>Papieren to&amp;talen…</source>
        <translation>Paper to&amp;tals…</translation>
    </message>
    <message>
        <source>&amp;Herstemming…</source>
        <translation>Run-&amp;off vote…</translation>
    </message>
    <message>
        <source>Op &amp;projectiescherm</source>
        <translation>On the pro&amp;jector screen</translation>
    </message>
    <message>
        <source>Aantal stemmen</source>
        <translation>Number of votes</translation>
    </message>
    <message>
        <source>Resultaat per cluster</source>
        <translation>Result per cluster</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Top N markeren</source>
        <translation>Mark top N</translation>
    </message>
    <message>
        <source>Toestellen per netwerkadres</source>
        <translation>Devices per network address</translation>
    </message>
    <message>
        <source>Hoeveel toestellen (telefoons, browsers) vanaf één netwerkadres mogen stemmen in deze ronde. 1: één toestel, één stem. Verhoog het voor een tablet die in de zaal rondgaat.</source>
        <translation>How many devices (phones, browsers) may vote from one network address in this round. 1: one device, one vote. Raise it for a tablet passed around the room.</translation>
    </message>
    <message>
        <source>Anon&amp;iem stemmen</source>
        <translation>Anonymous vot&amp;ing</translation>
    </message>
    <message>
        <source>Anoniem stemmen</source>
        <translation>Anonymous voting</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Optie</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Kost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Fits</translation>
    </message>
    <message>
        <source>Wat past in het budget</source>
        <translation>What fits the budget</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <source>Top &amp;N:</source>
        <translation>Top &amp;N:</translation>
    </message>
    <message>
        <source>Toestellen per &amp;adres:</source>
        <translation>Devices per &amp;address:</translation>
    </message>
    <message>
        <source>Netwerk voor de telefoons</source>
        <translation>Network for the phones</translation>
    </message>
    <message>
        <source>Alle netwerken</source>
        <translation>All networks</translation>
    </message>
    <message>
        <source>Poort</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Stemserver &amp;starten</source>
        <translation>&amp;Start voting server</translation>
    </message>
    <message>
        <source>De stemserver staat uit.</source>
        <translation>The voting server is off.</translation>
    </message>
    <message>
        <source>Adres om te stemmen</source>
        <translation>Address to vote</translation>
    </message>
    <message>
        <source>Wifi-naam</source>
        <translation>Wi-Fi name</translation>
    </message>
    <message>
        <source>Wifi-wachtwoord</source>
        <translation>Wi-Fi password</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minuten voor de timer</source>
        <translation>Minutes for the timer</translation>
    </message>
    <message>
        <source>&amp;Timer starten</source>
        <translation>Start &amp;timer</translation>
    </message>
    <message>
        <source>Resterende tijd</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Stemmen met de telefoon</source>
        <translation>Voting by phone</translation>
    </message>
    <message>
        <source>Net&amp;werk:</source>
        <translation>Net&amp;work:</translation>
    </message>
    <message>
        <source>Poo&amp;rt:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Wifi-naam:</source>
        <translation>&amp;Wi-Fi name:</translation>
    </message>
    <message>
        <source>Wifi-&amp;wachtwoord:</source>
        <translation>Wi-Fi pass&amp;word:</translation>
    </message>
    <message>
        <source>Ti&amp;mer:</source>
        <translation>Ti&amp;mer:</translation>
    </message>
    <message>
        <source>Alle clusters</source>
        <translation>All clusters</translation>
    </message>
    <message>
        <source>Resultaat &amp;verbergen</source>
        <translation>Hide &amp;result</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Telefoons</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Hele fiches ({0}). Score: hoeveel telefoons de fiche kozen. Past in het budget van {1}, in volgorde van de rangschikking: {2} fiches voor {3}, {4} over.</source>
        <translation>Whole fiches ({0}). Score: how many phones chose the fiche. Fits the budget of {1}, in ranking order: {2} fiches for {3}, {4} left.</translation>
    </message>
    <message>
        <source>{0} stemmen</source>
        <translation>{0} votes</translation>
    </message>
    <message>
        <source>Geen ronde gekozen</source>
        <translation>No round chosen</translation>
    </message>
    <message>
        <source>Gelijke stand rond plaats {0}: {1} opties. Een herstemming beslist.</source>
        <translation>Tie around place {0}: {1} options. A run-off vote decides.</translation>
    </message>
    <message>
        <source>Stemronde maken</source>
        <translation>Create voting round</translation>
    </message>
    <message>
        <source>De stemserver stopte met de ronde en start weer met de volgende ronde.</source>
        <translation>The voting server stopped with the round and starts again with the next round.</translation>
    </message>
    <message>
        <source>Resultaat verbergen</source>
        <translation>Hide result</translation>
    </message>
    <message>
        <source>Resultaat tonen</source>
        <translation>Show result</translation>
    </message>
    <message>
        <source>{0} stemmen, van {1} toestellen via de stemserver</source>
        <translation>{0} votes, from {1} devices through the voting server</translation>
    </message>
    <message>
        <source>Papieren stembrief</source>
        <translation>Paper ballot</translation>
    </message>
    <message>
        <source>Herstemming: {0}</source>
        <translation>Run-off vote: {0}</translation>
    </message>
    <message>
        <source>Stemserver &amp;stoppen</source>
        <translation>&amp;Stop voting server</translation>
    </message>
    <message>
        <source>&amp;Timer stoppen</source>
        <translation>Stop &amp;timer</translation>
    </message>
</context>
<context>
    <name>ScenarioPage</name>
    <message>
        <source>Investering netto</source>
        <translation>Net investment</translation>
    </message>
    <message>
        <source>Investeringsruimte</source>
        <translation>Investment room</translation>
    </message>
    <message>
        <source>Saldo investering</source>
        <translation>Investment balance</translation>
    </message>
    <message>
        <source>Werking netto</source>
        <translation>Net operating</translation>
    </message>
    <message>
        <source>Werkingsruimte</source>
        <translation>Operating room</translation>
    </message>
    <message>
        <source>Saldo werking</source>
        <translation>Operating balance</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>tekort</source>
        <translation>short</translation>
    </message>
    <message>
        <source>Scenario meerjarenplan (× € 1.000)</source>
        <translation>Multi-year plan scenario (× € 1,000)</translation>
    </message>
    <message>
        <source>✗ NIET in evenwicht: tekort in {0}</source>
        <translation>✗ NOT in balance: short in {0}</translation>
    </message>
    <message>
        <source>✓ In evenwicht: geen enkel jaar komt tekort</source>
        <translation>✓ In balance: no year falls short</translation>
    </message>
    <message>
        <source>In het plan ({0})</source>
        <translation>In the plan ({0})</translation>
    </message>
    <message>
        <source>Niet in het plan ({0})</source>
        <translation>Not in the plan ({0})</translation>
    </message>
    <message>
        <source>… en nog {0}</source>
        <translation>… and {0} more</translation>
    </message>
</context>
<context>
    <name>ScenarioView</name>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Samenvatting van het scenario</source>
        <translation>Summary of the scenario</translation>
    </message>
    <message>
        <source>Volgorde van de keuzefiches</source>
        <translation>Order of the choice fiches</translation>
    </message>
    <message>
        <source>&amp;Aanvullen volgens rangschikking</source>
        <translation>&amp;Fill by ranking</translation>
    </message>
    <message>
        <source>Neemt keuzefiches op in de volgorde van de gekozen ronde zolang elk jaar in evenwicht blijft</source>
        <translation>Takes choice fiches in the order of the chosen round while every year stays in balance</translation>
    </message>
    <message>
        <source>Op het &amp;projectiescherm</source>
        <translation>On the &amp;projector</translation>
    </message>
    <message>
        <source>Sommen en saldo per jaar</source>
        <translation>Sums and balance per year</translation>
    </message>
    <message>
        <source>Keuzefiches, aan te vinken</source>
        <translation>Choice fiches, to tick</translation>
    </message>
    <message>
        <source>Volgorde:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <source>volgorde van de fiches</source>
        <translation>order of the fiches</translation>
    </message>
    <message>
        <source>rangschikking van {0}</source>
        <translation>ranking of {0}</translation>
    </message>
    <message>
        <source>In evenwicht: geen enkel jaar komt tekort.</source>
        <translation>In balance: no year falls short.</translation>
    </message>
    <message>
        <source>NIET in evenwicht: tekort in {0}.</source>
        <translation>NOT in balance: short in {0}.</translation>
    </message>
    <message>
        <source>{0} verplichte fiches · {1} van {2} keuzefiches in het plan · {3}</source>
        <translation>{0} mandatory fiches · {1} of {2} choice fiches in the plan · {3}</translation>
    </message>
    <message>
        <source>Fiche in het plan</source>
        <translation>Fiche into the plan</translation>
    </message>
    <message>
        <source>Fiche uit het plan</source>
        <translation>Fiche out of the plan</translation>
    </message>
    <message>
        <source>Aanvullen volgens rangschikking</source>
        <translation>Fill by ranking</translation>
    </message>
    <message>
        <source>Opgenomen: {0}.</source>
        <translation>Taken in: {0}.</translation>
    </message>
    <message>
        <source>Geen enkele fiche past er nog bij.</source>
        <translation>No further fiche fits.</translation>
    </message>
    <message>
        <source>Overgeslagen: {0} ({1})</source>
        <translation>Skipped: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>Sdg</name>
    <message>
        <source>Geen armoede</source>
        <translation>No poverty</translation>
    </message>
    <message>
        <source>Geen honger</source>
        <translation>Zero hunger</translation>
    </message>
    <message>
        <source>Goede gezondheid en welzijn</source>
        <translation>Good health and well-being</translation>
    </message>
    <message>
        <source>Kwaliteitsonderwijs</source>
        <translation>Quality education</translation>
    </message>
    <message>
        <source>Gendergelijkheid</source>
        <translation>Gender equality</translation>
    </message>
    <message>
        <source>Schoon water en sanitair</source>
        <translation>Clean water and sanitation</translation>
    </message>
    <message>
        <source>Betaalbare en duurzame energie</source>
        <translation>Affordable and clean energy</translation>
    </message>
    <message>
        <source>Waardig werk en economische groei</source>
        <translation>Decent work and economic growth</translation>
    </message>
    <message>
        <source>Industrie, innovatie en infrastructuur</source>
        <translation>Industry, innovation and infrastructure</translation>
    </message>
    <message>
        <source>Ongelijkheid verminderen</source>
        <translation>Reduced inequalities</translation>
    </message>
    <message>
        <source>Duurzame steden en gemeenschappen</source>
        <translation>Sustainable cities and communities</translation>
    </message>
    <message>
        <source>Verantwoorde consumptie en productie</source>
        <translation>Responsible consumption and production</translation>
    </message>
    <message>
        <source>Klimaatactie</source>
        <translation>Climate action</translation>
    </message>
    <message>
        <source>Leven in het water</source>
        <translation>Life below water</translation>
    </message>
    <message>
        <source>Leven op het land</source>
        <translation>Life on land</translation>
    </message>
    <message>
        <source>Vrede, justitie en sterke publieke diensten</source>
        <translation>Peace, justice and strong institutions</translation>
    </message>
    <message>
        <source>Partnerschap om doelstellingen te bereiken</source>
        <translation>Partnerships for the goals</translation>
    </message>
</context>
<context>
    <name>SdgButtons</name>
    <message>
        <source>SDG {0}: {1}</source>
        <translation>SDG {0}: {1}</translation>
    </message>
    <message>
        <source>SDG {0} aanduiden</source>
        <translation>Mark SDG {0}</translation>
    </message>
    <message>
        <source>SDG {0} weghalen</source>
        <translation>Remove SDG {0}</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Verbinden met server</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <source>bv. server.gemeente.be</source>
        <translation>e.g. server.municipality.be</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Poort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Databank:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Gebruiker:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Verbinden</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Wachtwoord voor {0}:</source>
        <translation>Password for {0}:</translation>
    </message>
</context>
<context>
    <name>SessionsEditor</name>
    <message>
        <source>Sessies</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Sessie toevoegen</source>
        <translation>Add session</translation>
    </message>
    <message>
        <source>Sessie wijzigen</source>
        <translation>Change session</translation>
    </message>
    <message>
        <source>Sessie verwijderen</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <source>Sessie verplaatsen</source>
        <translation>Move session</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>(geen datum)</source>
        <translation>(no date)</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>(geen locatie)</source>
        <translation>(no location)</translation>
    </message>
    <message>
        <source>SWOT-punten</source>
        <translation>SWOT points</translation>
    </message>
    <message>
        <source>1 sessie</source>
        <translation>1 session</translation>
    </message>
    <message>
        <source>{0} sessies</source>
        <translation>{0} sessions</translation>
    </message>
    <message>
        <source>{0}. Kies de huidige sessie met Ctrl+D.</source>
        <translation>{0}. Choose the current session with Ctrl+D.</translation>
    </message>
    <message>
        <source>Nieuwe sessie</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Hier werden {0} genoteerd. Die blijven bestaan, maar zonder sessie. Ongedaan maken (Ctrl+Z) zet de sessie terug bij de punten. Toch verwijderen?</source>
        <translation>{0} were noted here. They stay, but without a session. Undo (Ctrl+Z) gives the points their session back. Delete anyway?</translation>
    </message>
    <message>
        <source>1 SWOT-punt</source>
        <translation>1 SWOT point</translation>
    </message>
    <message>
        <source>{0} SWOT-punten</source>
        <translation>{0} SWOT points</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Stelling toevoegen (Zelfevaluatie, Stellingen)</source>
        <translation>Add a statement (Self-assessment, Statements)</translation>
    </message>
    <message>
        <source>Stelling omhoog (Zelfevaluatie, Stellingen)</source>
        <translation>Move statement up (Self-assessment, Statements)</translation>
    </message>
    <message>
        <source>Stelling omlaag (Zelfevaluatie, Stellingen)</source>
        <translation>Move statement down (Self-assessment, Statements)</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Huidige sessie (workshopdag) kiezen</source>
        <translation>Choose the current session (workshop day)</translation>
    </message>
    <message>
        <source>Huidige cluster kiezen</source>
        <translation>Choose the current cluster</translation>
    </message>
    <message>
        <source>Volgende cluster</source>
        <translation>Next cluster</translation>
    </message>
    <message>
        <source>Vorige cluster</source>
        <translation>Previous cluster</translation>
    </message>
    <message>
        <source>Projectiescherm tonen of verbergen</source>
        <translation>Show or hide the projector screen</translation>
    </message>
    <message>
        <source>Projectiescherm volledig scherm</source>
        <translation>Projector screen full screen</translation>
    </message>
    <message>
        <source>Projectiescherm: het SWOT-bord</source>
        <translation>Projected screen: the SWOT board</translation>
    </message>
    <message>
        <source>Projectiescherm: alleen Sterke punten</source>
        <translation>Projected screen: Strengths only</translation>
    </message>
    <message>
        <source>Projectiescherm: alleen Zwakke punten</source>
        <translation>Projected screen: Weaknesses only</translation>
    </message>
    <message>
        <source>Projectiescherm: alleen Opportuniteiten</source>
        <translation>Projected screen: Opportunities only</translation>
    </message>
    <message>
        <source>Projectiescherm: alleen Bedreigingen</source>
        <translation>Projected screen: Threats only</translation>
    </message>
    <message>
        <source>Projectiescherm: een ontwikkelpad kiezen</source>
        <translation>Projected screen: choose a development path</translation>
    </message>
    <message>
        <source>Projectiescherm: een fiche kiezen</source>
        <translation>Projected screen: choose a fiche</translation>
    </message>
    <message>
        <source>Projectiescherm: huidige cluster of alle clusters</source>
        <translation>Projected screen: current cluster or all clusters</translation>
    </message>
    <message>
        <source>Projectiescherm: grotere tekst</source>
        <translation>Projected screen: larger text</translation>
    </message>
    <message>
        <source>Projectiescherm: kleinere tekst</source>
        <translation>Projected screen: smaller text</translation>
    </message>
    <message>
        <source>Binnenkomende ideeën tonen of verbergen</source>
        <translation>Show or hide the incoming ideas</translation>
    </message>
    <message>
        <source>Naar de navigator</source>
        <translation>Go to the navigator</translation>
    </message>
    <message>
        <source>Sneltoetsen tonen</source>
        <translation>Show keyboard shortcuts</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>SWOT: naar Sterke punten</source>
        <translation>SWOT: to Strengths</translation>
    </message>
    <message>
        <source>SWOT: naar Zwakke punten</source>
        <translation>SWOT: to Weaknesses</translation>
    </message>
    <message>
        <source>SWOT: naar Opportuniteiten</source>
        <translation>SWOT: to Opportunities</translation>
    </message>
    <message>
        <source>SWOT: naar Bedreigingen</source>
        <translation>SWOT: to Threats</translation>
    </message>
    <message>
        <source>SWOT: gekozen punten samenvoegen</source>
        <translation>SWOT: merge the chosen points</translation>
    </message>
    <message>
        <source>SWOT: zoeken in de punten</source>
        <translation>SWOT: search the points</translation>
    </message>
    <message>
        <source>SWOT: consolidatieronde (punt per punt met gelijkaardige)</source>
        <translation>SWOT: consolidation pass (point by point with similar ones)</translation>
    </message>
    <message>
        <source>SWOT: samenvoegen met het zoveelste gelijkaardige punt (Alt+1…5)</source>
        <translation>SWOT: merge with similar point number n (Alt+1…5)</translation>
    </message>
    <message>
        <source>SWOT: punt bewerken</source>
        <translation>SWOT: edit point</translation>
    </message>
    <message>
        <source>SWOT: gekozen punten verwijderen</source>
        <translation>SWOT: delete the chosen points</translation>
    </message>
    <message>
        <source>SWOT (invoerregel): vorig domein voor nieuwe punten</source>
        <translation>SWOT (input line): previous area for new points</translation>
    </message>
    <message>
        <source>SWOT (invoerregel): volgend domein voor nieuwe punten</source>
        <translation>SWOT (input line): next area for new points</translation>
    </message>
    <message>
        <source>Paden, principes, acties: omhoog verplaatsen</source>
        <translation>Paths, principles, actions: move up</translation>
    </message>
    <message>
        <source>Paden, principes, acties: omlaag verplaatsen</source>
        <translation>Paths, principles, actions: move down</translation>
    </message>
    <message>
        <source>Deelnemers, clusters, locaties, sessies: rij toevoegen</source>
        <translation>Participants, clusters, locations, sessions: add row</translation>
    </message>
    <message>
        <source>Deelnemers, clusters, locaties, sessies: rij verwijderen</source>
        <translation>Participants, clusters, locations, sessions: delete row</translation>
    </message>
    <message>
        <source>Deelnemers, clusters, locaties, sessies: rij omhoog</source>
        <translation>Participants, clusters, locations, sessions: row up</translation>
    </message>
    <message>
        <source>Deelnemers, clusters, locaties, sessies: rij omlaag</source>
        <translation>Participants, clusters, locations, sessions: row down</translation>
    </message>
    <message>
        <source>Deelnemers, clusters, locaties, sessies: cel bewerken</source>
        <translation>Participants, clusters, locations, sessions: edit cell</translation>
    </message>
    <message>
        <source>Ontwikkelpaden: nieuw pad</source>
        <translation>Development paths: new path</translation>
    </message>
    <message>
        <source>Leidende principes: nieuw principe</source>
        <translation>Guiding principles: new principle</translation>
    </message>
    <message>
        <source>Voorstellen: zoeken</source>
        <translation>Proposals: search</translation>
    </message>
    <message>
        <source>Voorstellen: nieuw voorstel</source>
        <translation>Proposals: new proposal</translation>
    </message>
    <message>
        <source>Fiche: volgende voorstel</source>
        <translation>Fiche: next proposal</translation>
    </message>
    <message>
        <source>Fiche: vorige voorstel</source>
        <translation>Fiche: previous proposal</translation>
    </message>
    <message>
        <source>Rapport als PDF bewaren</source>
        <translation>Save report as PDF</translation>
    </message>
    <message>
        <source>Rapport afdrukken</source>
        <translation>Print report</translation>
    </message>
    <message>
        <source>Excel-werkmap importeren</source>
        <translation>Import Excel workbook</translation>
    </message>
    <message>
        <source>Werkbestand openen</source>
        <translation>Open workshop file</translation>
    </message>
    <message>
        <source>Doelen: nieuwe beleidsdoelstelling</source>
        <translation>Goals: new policy objective</translation>
    </message>
    <message>
        <source>Doelen: nieuw actieplan of nieuwe actie onder het gekozen doel</source>
        <translation>Goals: new action plan or action under the chosen goal</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Toets</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>StrategyDialog</name>
    <message>
        <source>Strategie bewerken</source>
        <translation>Edit strategy</translation>
    </message>
    <message>
        <source>Nieuwe strategie</source>
        <translation>New strategy</translation>
    </message>
    <message>
        <source>Veld van de matrix</source>
        <translation>Field of the matrix</translation>
    </message>
    <message>
        <source>Titel van de strategie</source>
        <translation>Title of the strategy</translation>
    </message>
    <message>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>SWOT-punten waar de strategie uit voortkomt</source>
        <translation>SWOT points the strategy comes from</translation>
    </message>
    <message>
        <source>&amp;Veld:</source>
        <translation>&amp;Field:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Uitleg:</source>
        <translation>&amp;Explanation:</translation>
    </message>
    <message>
        <source>&amp;SWOT-punten (aangevinkt: waar de strategie uit voortkomt):</source>
        <translation>&amp;SWOT points (ticked: where the strategy comes from):</translation>
    </message>
</context>
<context>
    <name>SwotBoard</name>
    <message>
        <source>{0} clusters</source>
        <translation>{0} clusters</translation>
    </message>
    <message>
        <source>Punt bewerken</source>
        <translation>Edit point</translation>
    </message>
</context>
<context>
    <name>SwotBoardView</name>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Aanbevelingen</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Mogelijke dubbels</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Omgevingsanalyse (SWOT)</source>
        <translation>Environment analysis (SWOT)</translation>
    </message>
    <message>
        <source>Naar {0}</source>
        <translation>To {0}</translation>
    </message>
    <message>
        <source>Samenvoegen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Consolidatieronde…</source>
        <translation>Consolidation pass…</translation>
    </message>
    <message>
        <source>Samenvoegen met gelijkaardig punt {0}</source>
        <translation>Merge with similar point {0}</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>(geen cluster)</source>
        <translation>(no cluster)</translation>
    </message>
    <message>
        <source>(geen sessie)</source>
        <translation>(no session)</translation>
    </message>
    <message>
        <source>Punt bewerken</source>
        <translation>Edit point</translation>
    </message>
    <message>
        <source>Punt verplaatsen</source>
        <translation>Move point</translation>
    </message>
    <message>
        <source>{0} punten verplaatsen</source>
        <translation>Move {0} points</translation>
    </message>
    <message>
        <source>Punt verwijderen</source>
        <translation>Delete point</translation>
    </message>
    <message>
        <source>{0} punten verwijderen</source>
        <translation>Delete {0} points</translation>
    </message>
    <message>
        <source>Kies minstens twee punten van één kwadrant (Ctrl+klik) om samen te voegen.</source>
        <translation>Choose at least two points of one quadrant (Ctrl+click) to merge.</translation>
    </message>
    <message>
        <source>Geen gelijkaardig punt {0} om mee samen te voegen.</source>
        <translation>No similar point {0} to merge with.</translation>
    </message>
    <message>
        <source>Punt toevoegen en samenvoegen</source>
        <translation>Add point and merge</translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Samenvoeging opheffen</source>
        <translation>Split merged point</translation>
    </message>
    <message>
        <source>Verplaatsen naar</source>
        <translation>Move to</translation>
    </message>
    <message>
        <source>(geen domein)</source>
        <translation>(no area)</translation>
    </message>
</context>
<context>
    <name>SwotLinks</name>
    <message>
        <source>Koppelen…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <source>Een SWOT-punt koppelen (Insert)</source>
        <translation>Link a SWOT point (Insert)</translation>
    </message>
    <message>
        <source>SWOT-punt koppelen</source>
        <translation>Link SWOT point</translation>
    </message>
    <message>
        <source>Ontkoppelen</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Het gekozen punt ontkoppelen (Delete)</source>
        <translation>Unlink the chosen point (Delete)</translation>
    </message>
    <message>
        <source>SWOT-punt ontkoppelen</source>
        <translation>Unlink SWOT point</translation>
    </message>
</context>
<context>
    <name>SwotModel</name>
    <message>
        <source>Zonder domein</source>
        <translation>Without area</translation>
    </message>
    <message>
        <source>Domein {0}, {1} punten</source>
        <translation>Area {0}, {1} points</translation>
    </message>
    <message>
        <source>{0} (genoemd door {1} clusters)</source>
        <translation>{0} (mentioned by {1} clusters)</translation>
    </message>
    <message>
        <source>geen cluster</source>
        <translation>no cluster</translation>
    </message>
    <message>
        <source>Cluster(s): {0}</source>
        <translation>Cluster(s): {0}</translation>
    </message>
    <message>
        <source>Sessie: {0}</source>
        <translation>Session: {0}</translation>
    </message>
</context>
<context>
    <name>SwotPicker</name>
    <message>
        <source>SWOT-punten koppelen</source>
        <translation>Link SWOT points</translation>
    </message>
    <message>
        <source>Zoek in de SWOT-punten…</source>
        <translation>Search the SWOT points…</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>SWOT-punten</source>
        <translation>SWOT points</translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>{0} punten</source>
        <translation>{0} points</translation>
    </message>
</context>
<context>
    <name>SynthesisView</name>
    <message>
        <source>Synthese (top 20)</source>
        <translation>Synthesis (top 20)</translation>
    </message>
    <message>
        <source>Kwadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Alle kwadranten</source>
        <translation>All quadrants</translation>
    </message>
    <message>
        <source>Zoeken…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Zoeken in de SWOT-punten</source>
        <translation>Search the SWOT points</translation>
    </message>
    <message>
        <source>SWOT-punten</source>
        <translation>SWOT points</translation>
    </message>
    <message>
        <source>&amp;Toevoegen →</source>
        <translation>&amp;Add →</translation>
    </message>
    <message>
        <source>Het gekozen punt achteraan de synthese zetten (Enter)</source>
        <translation>Put the chosen point at the end of the synthesis (Enter)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Samengevoegde &amp;SWOT-punten&lt;/b&gt; (meeste clusters eerst)</source>
        <translation>&lt;b&gt;Merged &amp;SWOT points&lt;/b&gt; (most clusters first)</translation>
    </message>
    <message>
        <source>Synthese</source>
        <translation>Synthesis</translation>
    </message>
    <message>
        <source>&lt;b&gt;S&amp;ynthese: top 20&lt;/b&gt;</source>
        <translation>&lt;b&gt;S&amp;ynthesis: top 20&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Uit de synthese</source>
        <translation>Out of the synthesis</translation>
    </message>
    <message>
        <source>Het gekozen punt uit de synthese halen (Delete)</source>
        <translation>Take the chosen point out of the synthesis (Delete)</translation>
    </message>
    <message>
        <source>Standaard herstellen</source>
        <translation>Back to the default</translation>
    </message>
    <message>
        <source>Terug naar de evenwichtige standaard over de vier kwadranten</source>
        <translation>Back to the default balanced over the four quadrants</translation>
    </message>
    <message>
        <source>Gesloten stemronde over SWOT-punten</source>
        <translation>Closed voting round over SWOT points</translation>
    </message>
    <message>
        <source>top </source>
        <translation>top </translation>
    </message>
    <message>
        <source>Aantal punten</source>
        <translation>Number of points</translation>
    </message>
    <message>
        <source>Uit &amp;stemronde</source>
        <translation>From voting &amp;round</translation>
    </message>
    <message>
        <source>De synthese in één stap: de rangorde van de gekozen gesloten stemronde</source>
        <translation>The synthesis in one step: the ranking of the chosen closed round</translation>
    </message>
    <message>
        <source>Stemronde:</source>
        <translation>Voting round:</translation>
    </message>
    <message>
        <source>Gekozen en geordend door de werkgroep: {0} punten.</source>
        <translation>Chosen and ordered by the working group: {0} points.</translation>
    </message>
    <message>
        <source>Nog niet gekozen: de standaard neemt om beurten een sterk punt, zwak punt, opportuniteit en bedreiging (meeste clusters eerst). Elke wijziging maakt er de eigen keuze van.</source>
        <translation>Not chosen yet: the default takes a strength, a weakness, an opportunity and a threat in turn (most clusters first). Any change makes it your own choice.</translation>
    </message>
    <message>
        <source>{0} clusters</source>
        <translation>{0} clusters</translation>
    </message>
    <message>
        <source>(geen gesloten ronde over SWOT-punten)</source>
        <translation>(no closed round over SWOT points)</translation>
    </message>
    <message>
        <source>Punt in de synthese</source>
        <translation>Point into the synthesis</translation>
    </message>
    <message>
        <source>Punt uit de synthese</source>
        <translation>Point out of the synthesis</translation>
    </message>
    <message>
        <source>Synthese ordenen</source>
        <translation>Order the synthesis</translation>
    </message>
    <message>
        <source>Standaardsynthese</source>
        <translation>Default synthesis</translation>
    </message>
    <message>
        <source>Synthese uit stemronde</source>
        <translation>Synthesis from voting round</translation>
    </message>
</context>
<context>
    <name>TargetGroupsDialog</name>
    <message>
        <source>Doelgroepen</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Voor wie creëren de paden impact? De lijst geldt voor alle paden van deze workshop.</source>
        <translation>For whom do the paths create impact? The list holds for every path of this workshop.</translation>
    </message>
    <message>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Hernoemen…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Doelgroep toevoegen</source>
        <translation>Add target group</translation>
    </message>
    <message>
        <source>Naam:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Doelgroep hernoemen</source>
        <translation>Rename target group</translation>
    </message>
    <message>
        <source>Nieuwe naam:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>‘{0}’ is de doelgroep van impact in deze paden:
{1}

Naar welke doelgroep gaat die impact?</source>
        <translation>‘{0}’ is the target group of impact in these paths:
{1}

Which target group does that impact go to?</translation>
    </message>
    <message>
        <source>Doelgroep verwijderen</source>
        <translation>Remove target group</translation>
    </message>
    <message>
        <source>Doelgroep verplaatsen</source>
        <translation>Move target group</translation>
    </message>
</context>
<context>
    <name>TextListEditor</name>
    <message>
        <source>Toevoegen (Enter)</source>
        <translation>Add (Enter)</translation>
    </message>
    <message>
        <source>Omhoog (Alt+Omhoog)</source>
        <translation>Up (Alt+Up)</translation>
    </message>
    <message>
        <source>Omlaag (Alt+Omlaag)</source>
        <translation>Down (Alt+Down)</translation>
    </message>
    <message>
        <source>Verwijderen (Delete)</source>
        <translation>Delete (Delete)</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Verplaatsen</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>TowsPage</name>
    <message>
        <source>Confrontatiematrix</source>
        <translation>Confrontation matrix</translation>
    </message>
    <message>
        <source> (blad {0} van {1})</source>
        <translation> (page {0} of {1})</translation>
    </message>
    <message>
        <source>Nog geen sterktes of zwaktes en kansen of bedreigingen om te kruisen.</source>
        <translation>No strengths or weaknesses and opportunities or threats to cross yet.</translation>
    </message>
</context>
<context>
    <name>TowsView</name>
    <message>
        <source>Confrontatiematrix</source>
        <translation>Confrontation matrix</translation>
    </message>
    <message>
        <source>Cluster van de matrix</source>
        <translation>Cluster of the matrix</translation>
    </message>
    <message>
        <source>Alleen punten met een &amp;markering</source>
        <translation>Only points with a &amp;mark</translation>
    </message>
    <message>
        <source>Alleen de &amp;synthese</source>
        <translation>Only the &amp;synthesis</translation>
    </message>
    <message>
        <source>Alleen de punten van de synthese (de top 20 die u koos, of anders de evenwichtige standaard over de vier kwadranten)</source>
        <translation>Only the points of the synthesis (the top 20 you chose, or else the balanced default over the four quadrants)</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Hoogstens zoveel punten per kwadrant</source>
        <translation>At most this many points per quadrant</translation>
    </message>
    <message>
        <source>Alleen de punten die de meeste clusters noemen, per kwadrant (0: alle)</source>
        <translation>Only the points most clusters name, per quadrant (0: all)</translation>
    </message>
    <message>
        <source>Blad van de rijen</source>
        <translation>Page of the rows</translation>
    </message>
    <message>
        <source>Blad van de kolommen</source>
        <translation>Page of the columns</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <source>&amp;Top per kwadrant:</source>
        <translation>&amp;Top per quadrant:</translation>
    </message>
    <message>
        <source>Rijen, blad:</source>
        <translation>Rows, page:</translation>
    </message>
    <message>
        <source>Kolommen, blad:</source>
        <translation>Columns, page:</translation>
    </message>
    <message>
        <source>Op &amp;projectiescherm</source>
        <translation>On the &amp;projector</translation>
    </message>
    <message>
        <source>De matrix met haar markeringen op het projectiescherm</source>
        <translation>The matrix with its marks on the projected screen</translation>
    </message>
    <message>
        <source>Markeren: cijfer 0–3 op een cel, spatie of klik verhoogt, Delete wist. Rijen: sterktes (S) en zwaktes (W); kolommen: kansen (O) en bedreigingen (T).</source>
        <translation>Marking: digit 0–3 on a cell, Space or click raises it, Delete clears. Rows: strengths (S) and weaknesses (W); columns: opportunities (O) and threats (T).</translation>
    </message>
    <message>
        <source>Strategieën {0}</source>
        <translation>Strategies {0}</translation>
    </message>
    <message>
        <source>+ Strategie {0}</source>
        <translation>+ Strategy {0}</translation>
    </message>
    <message>
        <source>Nieuwe strategie in dit veld (Insert in de lijst)</source>
        <translation>New strategy in this field (Insert in the list)</translation>
    </message>
    <message>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Maak ontwikkel&amp;pad</source>
        <translation>Make development &amp;path</translation>
    </message>
    <message>
        <source>Een ontwikkelpad uit deze strategie, met haar SWOT-punten en een koppeling terug</source>
        <translation>A development path from this strategy, with its SWOT points and a link back</translation>
    </message>
    <message>
        <source>Maak &amp;fiche</source>
        <translation>Make &amp;fiche</translation>
    </message>
    <message>
        <source>Een fiche uit deze strategie, met haar SWOT-punten en een koppeling terug</source>
        <translation>A fiche from this strategy, with its SWOT points and a link back</translation>
    </message>
    <message>
        <source>Alle clusters</source>
        <translation>All clusters</translation>
    </message>
    <message>
        <source> van {0}</source>
        <translation> of {0}</translation>
    </message>
    <message>
        <source>{0} sterktes, {1} zwaktes × {2} kansen, {3} bedreigingen</source>
        <translation>{0} strengths, {1} weaknesses × {2} opportunities, {3} threats</translation>
    </message>
    <message>
        <source>{0}, uit de synthese die u koos</source>
        <translation>{0}, from the synthesis you chose</translation>
    </message>
    <message>
        <source>{0}, uit de synthese (evenwichtige standaard: nog niet gekozen)</source>
        <translation>{0}, from the synthesis (balanced default: not chosen yet)</translation>
    </message>
    <message>
        <source>{0} (per kwadrant de {1} punten die de meeste clusters noemen)</source>
        <translation>{0} (per quadrant the {1} points most clusters name)</translation>
    </message>
    <message>
        <source>Nog geen paren: de matrix kruist sterktes en zwaktes met kansen en bedreigingen ({0}).</source>
        <translation>No pairs yet: the matrix crosses strengths and weaknesses with opportunities and threats ({0}).</translation>
    </message>
    <message>
        <source>{0}: te veel voor één scherm. Elk blad toont per kwadrant hoogstens 12 punten (eerst wat de meeste clusters noemen); blader met Rijen en Kolommen, kies één cluster of toon alleen punten met een markering.</source>
        <translation>{0}: too many for one screen. Each page shows at most 12 points per quadrant (those most clusters name first); page with Rows and Columns, choose one cluster or show only points with a mark.</translation>
    </message>
    <message>
        <source>pad</source>
        <translation>path</translation>
    </message>
    <message>
        <source>fiche</source>
        <translation>fiche</translation>
    </message>
    <message>
        <source>Markering {0} × {1}: {2}</source>
        <translation>Mark {0} × {1}: {2}</translation>
    </message>
    <message>
        <source>Strategie toevoegen</source>
        <translation>Add strategy</translation>
    </message>
    <message>
        <source>Strategie wijzigen</source>
        <translation>Edit strategy</translation>
    </message>
    <message>
        <source>Strategie verwijderen</source>
        <translation>Delete strategy</translation>
    </message>
    <message>
        <source>Ontwikkelpad uit strategie</source>
        <translation>Development path from strategy</translation>
    </message>
    <message>
        <source>Ontwikkelpad &apos;{0}&apos; gemaakt (Ontwikkelpaden).</source>
        <translation>Development path &apos;{0}&apos; made (Development paths).</translation>
    </message>
    <message>
        <source>Fiche uit strategie</source>
        <translation>Fiche from strategy</translation>
    </message>
    <message>
        <source>Fiche &apos;{0}&apos; gemaakt (Voorstellen).</source>
        <translation>Fiche &apos;{0}&apos; made (Proposals).</translation>
    </message>
</context>
<context>
    <name>VotingPage</name>
    <message>
        <source>Stemronde op het projectiescherm</source>
        <translation>Voting round on the projector screen</translation>
    </message>
    <message>
        <source>Resterende tijd</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Aantal stemmen</source>
        <translation>Number of votes</translation>
    </message>
    <message>
        <source>QR-code om te stemmen</source>
        <translation>QR code to vote</translation>
    </message>
    <message>
        <source>QR-code voor de wifi</source>
        <translation>QR code for the Wi-Fi</translation>
    </message>
    <message>
        <source>{0} stemmen</source>
        <translation>{0} votes</translation>
    </message>
    <message>
        <source>1 stem</source>
        <translation>1 vote</translation>
    </message>
    <message>
        <source>Geen stemronde</source>
        <translation>No voting round</translation>
    </message>
    <message>
        <source>Resultaat: hoeveel telefoons elke fiche kozen. Groen past in het budget van {0}: {1} fiches voor {2}.</source>
        <translation>Result: how many phones chose each fiche. Green fits the budget of {0}: {1} fiches for {2}.</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Stem nu op je telefoon</source>
        <translation>Vote now on your phone</translation>
    </message>
    <message>
        <source>De stemming is gesloten. Het resultaat volgt.</source>
        <translation>Voting is closed. The result follows.</translation>
    </message>
    <message>
        <source>Deze ronde opent zo meteen.</source>
        <translation>This round opens in a moment.</translation>
    </message>
    <message>
        <source>… en nog {0}</source>
        <translation>… and {0} more</translation>
    </message>
    <message>
        <source>Wifi: {0}
Wachtwoord: {1}</source>
        <translation>Wi-Fi: {0}
Password: {1}</translation>
    </message>
    <message>
        <source>Wifi: {0}</source>
        <translation>Wi-Fi: {0}</translation>
    </message>
</context>
<context>
    <name>WorkshopController</name>
    <message>
        <source>Punt toevoegen</source>
        <translation>Add point</translation>
    </message>
    <message>
        <source>Punten samenvoegen</source>
        <translation>Merge points</translation>
    </message>
    <message>
        <source>Samenvoeging ongedaan maken</source>
        <translation>Undo merge</translation>
    </message>
    <message>
        <source>Cluster verwijderen</source>
        <translation>Delete cluster</translation>
    </message>
</context>
<context>
    <name>WorkshopSettingsDialog</name>
    <message>
        <source>Workshop-instellingen</source>
        <translation>Workshop settings</translation>
    </message>
    <message>
        <source>Planningsperiode: beginjaar</source>
        <translation>Planning period: first year</translation>
    </message>
    <message>
        <source>Planningsperiode: eindjaar</source>
        <translation>Planning period: last year</translation>
    </message>
    <message>
        <source>&amp;Namen van deelnemers mogen in rapporten</source>
        <translation>Participants&apos; &amp;names may appear in reports</translation>
    </message>
    <message>
        <source>Uit: rapporten tonen deelnemers anoniem, ook als hun naam bekend is.</source>
        <translation>Off: reports show participants anonymously, even when their name is known.</translation>
    </message>
    <message>
        <source>Synoniemen voor mogelijke dubbels</source>
        <translation>Synonyms for likely duplicates</translation>
    </message>
    <message>
        <source>Eén groep per regel, woorden gescheiden door komma&apos;s, bv. &apos;burger, inwoner, klant&apos;. Mogelijke dubbels lezen ze als hetzelfde woord. Leegmaken zet de standaardlijst terug.</source>
        <translation>One group per line, words separated by commas, e.g. &apos;burger, inwoner, klant&apos;. Likely duplicates reads them as the same word. Emptying the field restores the default list.</translation>
    </message>
    <message>
        <source>tot en met</source>
        <translation>up to and including</translation>
    </message>
    <message>
        <source>&amp;Planningsperiode:</source>
        <translation>&amp;Planning period:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Organisatie:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Beschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Synoniemen:</source>
        <translation>&amp;Synonyms:</translation>
    </message>
    <message>
        <source>&amp;Financiële ruimte:</source>
        <translation>&amp;Financial room:</translation>
    </message>
    <message>
        <source>Doel&amp;groepen wijzigen…</source>
        <translation>Change target &amp;groups…</translation>
    </message>
    <message>
        <source>Doelgroepen:</source>
        <translation>Target groups:</translation>
    </message>
    <message>
        <source>Elke wijziging wordt bewaard zodra u een veld verlaat. Bewerken › Ongedaan maken (Ctrl+Z) in het hoofdvenster zet ze terug.</source>
        <translation>Every change is saved as soon as you leave a field. Edit › Undo (Ctrl+Z) in the main window reverts it.</translation>
    </message>
    <message>
        <source>Workshop-instellingen wijzigen</source>
        <translation>Change workshop settings</translation>
    </message>
</context>
<context>
    <name>YearsModel</name>
    <message>
        <source>Investering: uitgaven</source>
        <translation>Investment: expenditure</translation>
    </message>
    <message>
        <source>Investering: ontvangsten</source>
        <translation>Investment: income</translation>
    </message>
    <message>
        <source>Investering: netto</source>
        <translation>Investment: net</translation>
    </message>
    <message>
        <source>Investeringsruimte</source>
        <translation>Investment room</translation>
    </message>
    <message>
        <source>Saldo investering</source>
        <translation>Investment balance</translation>
    </message>
    <message>
        <source>Werking: uitgaven</source>
        <translation>Operating: expenditure</translation>
    </message>
    <message>
        <source>Werking: ontvangsten</source>
        <translation>Operating: income</translation>
    </message>
    <message>
        <source>Werking: netto</source>
        <translation>Operating: net</translation>
    </message>
    <message>
        <source>Werkingsruimte</source>
        <translation>Operating room</translation>
    </message>
    <message>
        <source>Saldo werking</source>
        <translation>Operating balance</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>tekort</source>
        <translation>short</translation>
    </message>
</context>
</TS>
