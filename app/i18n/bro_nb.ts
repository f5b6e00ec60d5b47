<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>BroOptionField</name>
    <message>
        <location filename="../../qml/components/BroOptionField.qml" line="+19"/>
        <source>(not set)</source>
        <translation>(ikke valgt)</translation>
    </message>
</context>
<context>
    <name>BroStyle</name>
    <message>
        <location filename="../../qml/components/BroStyle.qml" line="+53"/>
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>til %1</translation>
    </message>
</context>
<context>
    <name>BroSyncBadge</name>
    <message>
        <location filename="../../qml/components/BroSyncBadge.qml" line="+41"/>
        <source>Syncing …</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) not sent</source>
        <translation>
            <numerusform>%n endring ikke sendt</numerusform>
            <numerusform>%n endringer ikke sendt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not logged in · %1</source>
        <translation>Ikke pålogget · %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synced %1 · %2</source>
        <translation>Synkronisert %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced %1</source>
        <translation>Synkronisert %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../core/labels.cpp" line="+18"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language</source>
        <translation>Foretrukket språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement date</source>
        <translation>Bosettingsdato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme adviser</source>
        <translation>Programrådgiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAV counsellor</source>
        <translation>NAV-veileder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track</source>
        <translation>Løp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to share with employer</source>
        <translation>Samtykke til deling med arbeidsgiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian: listening</source>
        <translation>Norsk: lytte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian: reading</source>
        <translation>Norsk: lese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian: speaking</source>
        <translation>Norsk: muntlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian: writing</source>
        <translation>Norsk: skrive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian test date</source>
        <translation>Dato for norskprøve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other languages</source>
        <translation>Andre språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Helse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family situation</source>
        <translation>Familiesituasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field of study</source>
        <translation>Fagområde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documentation</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOKUT recognition</source>
        <translation>Godkjenning (NOKUT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to NOKUT</source>
        <translation>Sendt til NOKUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOKUT decision</source>
        <translation>Vedtak fra NOKUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formal employment</source>
        <translation>Formell ansettelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where I stand now</source>
        <translation>Der jeg står nå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prerequisites</source>
        <translation>Forutsetninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting type</source>
        <translation>Møtetype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Sluttdato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer</source>
        <translation>Arbeidsgiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace</source>
        <translation>Arbeidssted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours</source>
        <translation>Arbeidstid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours per week</source>
        <translation>Timer per uke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HSE information</source>
        <translation>HMS-informasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact phone</source>
        <translation>Telefon til kontaktperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training book</source>
        <translation>Opplæringsbok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <location line="+7"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks done</source>
        <translation>Arbeidsoppgaver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals practised</source>
        <translation>Mål som ble øvd på</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian used</source>
        <translation>Norsk brukt (nye ord og uttrykk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by</source>
        <translation>Signert av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Signert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrects entry</source>
        <translation>Retter innførsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competence goal</source>
        <translation>Kompetansemål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed on</source>
        <translation>Vurdert dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed by</source>
        <translation>Vurdert av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written on</source>
        <translation>Skrevet dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue on this career path?</source>
        <translation>Vil du fortsette på denne veien?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Punctuality</source>
        <translation>Punktlighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperation</source>
        <translation>Samarbeid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>Sikkerhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality of work</source>
        <translation>Kvalitet i arbeidet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian at work</source>
        <translation>Norsk på jobben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendees</source>
        <translation>Deltakere i møtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter present</source>
        <translation>Tolk til stede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreted to</source>
        <translation>Tolket til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting held in</source>
        <translation>Møtet holdt på</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation>Skrevet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by</source>
        <translation>Skrevet av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed action</source>
        <translation>Avtalt oppfølging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan measure</source>
        <translation>Tiltak i planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>Gjennomgått dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gone through with</source>
        <translation>Gjennomgått med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade</source>
        <translation>Fag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of introduction programme</source>
        <translation>Start i introduksjonsprogram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of fast track</source>
        <translation>Start i hurtigspor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of wage subsidy</source>
        <translation>Start lønnstilskudd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of work training</source>
        <translation>Start arbeidstrening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of work over 70 %</source>
        <translation>Start arbeid over 70 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of work under 70 %</source>
        <translation>Start arbeid under 70 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended fast track without result</source>
        <translation>Avsluttet hurtigspor uten resultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended fast track and programme without result</source>
        <translation>Avsluttet hurtigspor og program uten resultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Belongs to</source>
        <translation>Hører til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Filnavn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File type</source>
        <translation>Filtype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checksum</source>
        <translation>Sjekksum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Bildetekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of record</source>
        <translation>Type opplysning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Opplysning</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location line="+4"/>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competence mapping</source>
        <translation>Kartlegging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Utdanning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work experience</source>
        <translation>Arbeidserfaring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training book</source>
        <translation>Opplæringsbok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competence goal</source>
        <translation>Kompetansemål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logbook entry</source>
        <translation>Loggføring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interim assessment</source>
        <translation>Underveisvurdering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-evaluation</source>
        <translation>Egenvurdering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer feedback</source>
        <translation>Tilbakemelding fra arbeidsgiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting note</source>
        <translation>Møtenotat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed action</source>
        <translation>Avtalt oppfølging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HSE introduction item</source>
        <translation>Punkt i HMS-opplæringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting dates</source>
        <translation>Rapporteringsdatoer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>Vedlegg</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="+13"/>
        <location line="+27"/>
        <source>Bro</source>
        <translation>Bro</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change language</source>
        <translation>Bytt språk</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../qml/pages/MeasureDialog.qml" line="+17"/>
        <source>Edit measure</source>
        <translation>Endre tiltak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New measure</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The plan could not be created.</source>
        <translation>Planen kunne ikke opprettes.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+4"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <location filename="../core/labels.cpp" line="+5"/>
        <source>Ordinary</source>
        <translation>Ordinært</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work-directed</source>
        <translation>Arbeidsrettet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education-directed</source>
        <translation>Utdanningsrettet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast track</source>
        <translation>Hurtigspor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase 1: qualification</source>
        <translation>Fase 1: kvalifisering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase 2: job match</source>
        <translation>Fase 2: jobbmatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Etter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary school</source>
        <translation>Barneskole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower secondary school</source>
        <translation>Ungdomsskole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper secondary school</source>
        <translation>Videregående skole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocational training</source>
        <translation>Yrkesfaglig utdanning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bachelor&apos;s degree</source>
        <translation>Bachelorgrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master&apos;s degree</source>
        <translation>Mastergrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctorate</source>
        <translation>Doktorgrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+29"/>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under assessment</source>
        <translation>Under behandling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly recognised</source>
        <translation>Delvis godkjent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Avslått</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Career guidance</source>
        <translation>Karriereveiledning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intro-CV</source>
        <translation>Intro-CV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work training</source>
        <translation>Arbeidstrening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language practice</source>
        <translation>Språkpraksis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job shadowing</source>
        <translation>Hospitering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work-Norwegian</source>
        <translation>Arbeidsnorsk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour-market course (AMO)</source>
        <translation>Arbeidsmarkedskurs (AMO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wage subsidy</source>
        <translation>Lønnstilskudd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognition of education</source>
        <translation>Godkjenning av utdanning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian lessons</source>
        <translation>Norskopplæring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three-party talk</source>
        <translation>Trepartssamtale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping</source>
        <translation>Kartlegging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAV-municipality cooperation</source>
        <translation>Samarbeidsmøte NAV og kommune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expectation clarification with employer</source>
        <translation>Forventningsavklaring med arbeidsgiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status and evaluation</source>
        <translation>Status og evaluering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing talk</source>
        <translation>Avslutningssamtale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>Underveis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved</source>
        <translation>Oppnådd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAV</source>
        <translation>NAV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adult education</source>
        <translation>Voksenopplæringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer</source>
        <translation>Arbeidsgiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sure</source>
        <translation>Usikker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../qml/pages/ParticipantDialog.qml" line="+12"/>
        <source>New participant</source>
        <translation>Ny deltaker</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add participant</source>
        <translation>Legg til deltaker</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <location filename="../../qml/pages/ParticipantForm.qml" line="+61"/>
        <location line="+4"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
</context>
<context>
    <name>ParticipantListPage</name>
    <message>
        <location filename="../../qml/pages/ParticipantListPage.qml" line="+10"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Search by name</source>
        <translation>Søk på navn</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltaker</numerusform>
            <numerusform>%n deltakere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>No participant matches “%1”.</source>
        <translation>Ingen deltaker passer med «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No participants yet. Add the first one with the + button.</source>
        <translation>Ingen deltakere ennå. Legg til den første med +-knappen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source>New participant</source>
        <translation>Ny deltaker</translation>
    </message>
</context>
<context>
    <name>ParticipantPage</name>
    <message>
        <location filename="../../qml/pages/ParticipantPage.qml" line="+16"/>
        <location line="+97"/>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+23"/>
        <source>Saved on this device</source>
        <translation>Lagret på enheten</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The plan could not be created.</source>
        <translation>Planen kunne ikke opprettes.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Individual plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which job is the goal?</source>
        <translation>Hvilken jobb er målet?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where does the participant stand today?</source>
        <translation>Hvor står deltakeren i dag?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is needed to reach the goal?</source>
        <translation>Hva trengs for å nå målet?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save plan</source>
        <translation>Lagre planen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+ Add measure</source>
        <translation>+ Legg til tiltak</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No measures yet. Add the first step towards the goal.</source>
        <translation>Ingen tiltak ennå. Legg til det første steget mot målet.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../qml/pages/SyncPage.qml" line="+11"/>
        <source>Sync and conflicts</source>
        <translation>Synkronisering og konflikter</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 as %2</source>
        <translation>%1 som %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not logged in</source>
        <translation>Ikke pålogget</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last successful sync</source>
        <translation>Sist synkronisert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Aldri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes not sent</source>
        <translation>Endringer som ikke er sendt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Siste feil</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Log out</source>
        <translation>Logg ut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Syncing …</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync now</source>
        <translation>Synkroniser nå</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No conflicts. When the same text is changed on two devices, both versions are kept and shown here.</source>
        <translation>Ingen konflikter. Når samme tekst endres på to enheter, tas begge versjonene vare på og vises her.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Shown now</source>
        <translation>Vises nå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other version</source>
        <translation>Den andre versjonen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Keep this</source>
        <translation>Behold denne</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Or write one text from both …</source>
        <translation>Eller skriv én tekst ut fra begge …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use this text</source>
        <translation>Bruk denne teksten</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../core/labels.cpp" line="+65"/>
        <source>%1 is required.</source>
        <translation>%1 må fylles ut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too long.</source>
        <translation>%1 er for lang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be a date (YYYY-MM-DD).</source>
        <translation>%1 må være en dato (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has the wrong format.</source>
        <translation>%1 har feil format.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 må være mellom %2 og %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is out of range.</source>
        <translation>%1 er utenfor gyldig område.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has a value that is not allowed.</source>
        <translation>%1 har en verdi som ikke er tillatt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has the wrong type of value.</source>
        <translation>%1 har feil type verdi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must not be before the start date.</source>
        <translation>%1 kan ikke være før startdatoen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refers to a record that does not exist.</source>
        <translation>%1 viser til noe som ikke finnes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is signed off and can no longer be changed.</source>
        <translation>Dette er signert og kan ikke endres lenger.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not save: %1</source>
        <translation>Kunne ikke lagre: %1</translation>
    </message>
</context>
<context>
    <name>bro::ConflictModel</name>
    <message>
        <location filename="../core/conflictmodel.cpp" line="+54"/>
        <source>Changed on two devices at the same time. Choose one text, or write one from both.</source>
        <translation>Endret på to enheter samtidig. Velg én tekst, eller skriv én ut fra begge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed on another device after it was deleted. It stays deleted; the change is kept here.</source>
        <translation>Endret på en annen enhet etter at den ble slettet. Den forblir slettet; endringen er tatt vare på her.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed after it was signed off. The signed version stands; the change is kept here.</source>
        <translation>Endret etter at den ble signert. Den signerte versjonen gjelder; endringen er tatt vare på her.</translation>
    </message>
</context>
<context>
    <name>bro::SyncController</name>
    <message numerus="yes">
        <location filename="../core/synccontroller.cpp" line="+189"/>
        <source>%n change(s) were not allowed by the server and were not saved there.</source>
        <translation>
            <numerusform>%n endring ble ikke tillatt av serveren og ble ikke lagret der.</numerusform>
            <numerusform>%n endringer ble ikke tillatt av serveren og ble ikke lagret der.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No connection to the server. Everything is saved on this device.</source>
        <translation>Ingen forbindelse med serveren. Alt er lagret på enheten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login has expired. Log in again to sync.</source>
        <translation>Påloggingen har utløpt. Logg inn igjen for å synkronisere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync failed: %1</source>
        <translation>Synkroniseringen mislyktes: %1</translation>
    </message>
</context>
<context>
    <name>bro::SyncWorker</name>
    <message>
        <location line="-158"/>
        <source>The server could not be reached.</source>
        <translation>Fikk ikke kontakt med serveren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong user name or password.</source>
        <translation>Feil brukernavn eller passord.</translation>
    </message>
</context>
</TS>
