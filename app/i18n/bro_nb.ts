<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>BroBookCard</name>
    <message>
        <location filename="../../qml/components/BroBookCard.qml" line="+36"/>
        <source>mentor %1</source>
        <translation>mentor %1</translation>
    </message>
</context>
<context>
    <name>BroDateField</name>
    <message>
        <location filename="../../qml/components/BroDateField.qml" line="+81"/>
        <source>Choose a date</source>
        <translation>Velg en dato</translation>
    </message>
</context>
<context>
    <name>BroDatePicker</name>
    <message>
        <location filename="../../qml/components/BroDatePicker.qml" line="+53"/>
        <source>Previous month</source>
        <translation>Forrige måned</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Next month</source>
        <translation>Neste måned</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>BroDraftNotice</name>
    <message>
        <location filename="../../qml/components/BroDraftNotice.qml" line="+8"/>
        <source>Unsaved input from earlier was restored.</source>
        <translation>Ulagret tekst fra tidligere er hentet fram igjen.</translation>
    </message>
</context>
<context>
    <name>BroEvidencePicker</name>
    <message>
        <location filename="../../qml/components/BroEvidencePicker.qml" line="+25"/>
        <source>No photo</source>
        <translation>Ingen bilde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change photo</source>
        <translation>Bytt bilde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add photo</source>
        <translation>Legg til bilde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a photo</source>
        <translation>Velg et bilde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.jpg *.jpeg *.png *.heic)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.heic)</translation>
    </message>
</context>
<context>
    <name>BroExpiryLock</name>
    <message numerus="yes">
        <location filename="../../qml/components/BroExpiryLock.qml" line="+30"/>
        <source>This device has not synced for more than %n day(s)</source>
        <translation>
            <numerusform>Enheten har ikke synkronisert på mer enn %n dag</numerusform>
            <numerusform>Enheten har ikke synkronisert på mer enn %n dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The records are locked until it has synced once. Nothing is lost: %n change(s) not sent yet are kept and sent first.</source>
        <translation>
            <numerusform>Opplysningene er låst til den har synkronisert én gang. Ingenting går tapt: %n endring som ikke er sendt ennå, tas vare på og sendes først.</numerusform>
            <numerusform>Opplysningene er låst til den har synkronisert én gang. Ingenting går tapt: %n endringer som ikke er sendt ennå, tas vare på og sendes først.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Syncing …</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync now</source>
        <translation>Synkroniser nå</translation>
    </message>
</context>
<context>
    <name>BroForms</name>
    <message>
        <location filename="../../qml/components/BroForms.qml" line="+34"/>
        <source>Saved on this device</source>
        <translation>Lagret på enheten</translation>
    </message>
</context>
<context>
    <name>BroHandOverDone</name>
    <message>
        <location filename="../../qml/components/BroHandOverDone.qml" line="+13"/>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Thank you. It is saved on this tablet. Give the tablet back to the adviser; it locks when you do.</source>
        <translation>Takk. Det er lagret på nettbrettet. Gi nettbrettet tilbake til rådgiveren; det låses når du gjør det.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give back to the adviser</source>
        <translation>Gi tilbake til rådgiveren</translation>
    </message>
</context>
<context>
    <name>BroJourney</name>
    <message>
        <location filename="../../qml/components/BroJourney.qml" line="+16"/>
        <source>Settlement, mapping and the plan</source>
        <translation>Bosetting, kartlegging og plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Norwegian, qualification and work practice</source>
        <translation>Norsk, kvalifisering og arbeidspraksis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job match with an employer</source>
        <translation>Jobbmatch med en arbeidsgiver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In work or education</source>
        <translation>I arbeid eller utdanning</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+51"/>
        <source>Now</source>
        <translation>Nå</translation>
    </message>
</context>
<context>
    <name>BroLockScreen</name>
    <message>
        <location filename="../../qml/components/BroLockScreen.qml" line="+62"/>
        <source>The two PINs differ. Start again.</source>
        <translation>De to PIN-kodene er ulike. Begynn på nytt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Change language</source>
        <translation>Bytt språk</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type the new PIN again</source>
        <translation>Skriv den nye PIN-koden en gang til</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type your PIN</source>
        <translation>Skriv PIN-koden din</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erasing this device&apos;s data …</source>
        <translation>Sletter dataene på enheten …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a new PIN of at least 6 digits</source>
        <translation>Velg en ny PIN-kode på minst 6 sifre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a PIN of at least 6 digits</source>
        <translation>Velg en PIN-kode på minst 6 sifre</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
</context>
<context>
    <name>BroLoginForm</name>
    <message>
        <location filename="../../qml/components/BroLoginForm.qml" line="+28"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Log in</source>
        <translation>Logg inn</translation>
    </message>
</context>
<context>
    <name>BroOptionField</name>
    <message>
        <location filename="../../qml/components/BroOptionField.qml" line="+20"/>
        <source>(not set)</source>
        <translation>(ikke valgt)</translation>
    </message>
</context>
<context>
    <name>BroRatingSummary</name>
    <message>
        <location filename="../../qml/components/BroRatingSummary.qml" line="+45"/>
        <source>%1 of 5</source>
        <translation>%1 av 5</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not rated</source>
        <translation>ikke vurdert</translation>
    </message>
</context>
<context>
    <name>BroRecordDialog</name>
    <message>
        <location filename="../../qml/components/BroRecordDialog.qml" line="+108"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+15"/>
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
    <name>BroRecordForm</name>
    <message>
        <location filename="../../qml/components/BroRecordForm.qml" line="+142"/>
        <source>Changed on another device too: both versions are kept.</source>
        <translation>Endret på en annen enhet også: begge versjonene er tatt vare på.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review</source>
        <translation>Se gjennom</translation>
    </message>
</context>
<context>
    <name>BroStyle</name>
    <message>
        <location filename="../../qml/components/BroStyle.qml" line="+94"/>
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
        <location filename="../../qml/components/BroSyncBadge.qml" line="+22"/>
        <source>Syncing …</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%n not sent</source>
        <translation>
            <numerusform>%n ikke sendt</numerusform>
            <numerusform>%n ikke sendt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline</source>
        <translation>Frakoblet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced</source>
        <translation>Ikke synkronisert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not logged in</source>
        <translation>Ikke pålogget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced %1</source>
        <translation>Synkronisert %1</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../qml/pages/FeedbackPage.qml" line="+20"/>
        <location line="+35"/>
        <source>Employer feedback</source>
        <translation>Tilbakemelding fra arbeidsgiver</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>needs much improvement</source>
        <translation>trenger mye forbedring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>very good</source>
        <translation>svært bra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not rated</source>
        <translation>ikke vurdert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save and sign</source>
        <translation>Lagre og signer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <location filename="../../qml/pages/FeedbackTab.qml" line="+26"/>
        <source>+ New feedback</source>
        <translation>+ Ny tilbakemelding</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No feedback yet.</source>
        <translation>Ingen tilbakemeldinger ennå.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Signed by %1, %2</source>
        <translation>Signert av %1, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not signed</source>
        <translation>Ikke signert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employer feedback</source>
        <translation>Tilbakemelding fra arbeidsgiver</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../domain/labels.cpp" line="+22"/>
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
        <source>End of introduction programme</source>
        <translation>Slutt på introduksjonsprogram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of a full position (%)</source>
        <translation>Stillingsprosent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With wage subsidy</source>
        <translation>Med lønnstilskudd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Confirmed from</source>
        <translation>Bekreftet ut fra</translation>
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
    <name>GoalsTab</name>
    <message>
        <location filename="../../qml/pages/GoalsTab.qml" line="+41"/>
        <source>Competence goal: %1</source>
        <translation>Kompetansemål: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Progress</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 goals achieved, %3 in progress</source>
        <translation>%1 av %2 mål nådd, %3 underveis</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Competence goals</source>
        <translation>Kompetansemål</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+ Add goal</source>
        <translation>+ Legg til mål</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No goals yet. Import a trade&apos;s list or add them one by one.</source>
        <translation>Ingen mål ennå. Hent et fags liste eller legg dem til ett og ett.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No goals yet.</source>
        <translation>Ingen mål ennå.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import: %1 (%2)</source>
        <translation>Hent: %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import from file …</source>
        <translation>Hent fra fil …</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>signed by %1</source>
        <translation>signert av %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assess</source>
        <translation>Vurder</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a list of competence goals</source>
        <translation>Velg en liste med kompetansemål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal lists (*.csv *.json)</source>
        <translation>Mållister (*.csv *.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interim assessment</source>
        <translation>Underveisvurdering</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New competence goal</source>
        <translation>Nytt kompetansemål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit competence goal</source>
        <translation>Endre kompetansemål</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../domain/labels.cpp" line="+4"/>
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
        <source>Employment</source>
        <translation>Ansettelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>Vedlegg</translation>
    </message>
</context>
<context>
    <name>LogbookEntryPage</name>
    <message>
        <location filename="../../qml/pages/LogbookEntryPage.qml" line="+20"/>
        <source>Correct an entry</source>
        <translation>Rett en loggføring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New logbook entry</source>
        <translation>Ny loggføring</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>This entry corrects the one of %1.</source>
        <translation>Denne føringen retter føringen fra %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yesterday</source>
        <translation>I går</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Half an hour less</source>
        <translation>En halvtime mindre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 h</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Half an hour more</source>
        <translation>En halvtime mer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Last time: %1</source>
        <translation>Sist: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>What did you do today?</source>
        <translation>Hva gjorde du i dag?</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>New words and phrases from today</source>
        <translation>Nye ord og uttrykk fra i dag</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save entry</source>
        <translation>Lagre føringen</translation>
    </message>
</context>
<context>
    <name>LogbookTab</name>
    <message>
        <location filename="../../qml/pages/LogbookTab.qml" line="+42"/>
        <source>+ New logbook entry</source>
        <translation>+ Ny loggføring</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No entries yet. Write what was done today.</source>
        <translation>Ingen føringer ennå. Skriv hva som ble gjort i dag.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No entries yet.</source>
        <translation>Ingen loggføringer ennå.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 h</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed ✓</source>
        <translation>Signert ✓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not signed</source>
        <translation>Ikke signert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Corrects the entry of %1</source>
        <translation>Retter føringen fra %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Norwegian: %1</source>
        <translation>Norsk: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Signed by %1, %2</source>
        <translation>Signert av %1, %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Correct</source>
        <translation>Rett</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../qml/pages/LoginPage.qml" line="+31"/>
        <source>Log in again</source>
        <translation>Logg inn igjen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="+13"/>
        <location line="+61"/>
        <source>Bro</source>
        <translation>Bro</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Handed over: only this section is open</source>
        <translation>Overlevert: bare denne delen er åpen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Done: give back</source>
        <translation>Ferdig: gi tilbake</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reporting</source>
        <translation>Rapportering</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change language</source>
        <translation>Bytt språk</translation>
    </message>
</context>
<context>
    <name>MappingTab</name>
    <message>
        <location filename="../../qml/pages/MappingTab.qml" line="+60"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Norwegian, languages, needs and goals</source>
        <translation>Norsk, språk, behov og mål</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>+ Add</source>
        <translation>+ Legg til</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Education</source>
        <translation>Utdanning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No education registered.</source>
        <translation>Ingen utdanning registrert.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent to NOKUT %1</source>
        <translation>sendt til NOKUT %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decision %1</source>
        <translation>vedtak %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Work experience</source>
        <translation>Arbeidserfaring</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No work experience registered.</source>
        <translation>Ingen arbeidserfaring registrert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>formal</source>
        <translation>formell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>informal</source>
        <translation>uformell</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Health and family: sensitive</source>
        <translation>Helse og familie: sensitivt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only advisers see this section. It is never shared with employers or mentors.</source>
        <translation>Bare rådgivere ser denne delen. Den deles aldri med arbeidsgivere eller mentorer.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add education</source>
        <translation>Legg til utdanning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit education</source>
        <translation>Endre utdanning</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add work experience</source>
        <translation>Legg til arbeidserfaring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit work experience</source>
        <translation>Endre arbeidserfaring</translation>
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
        <location line="+58"/>
        <source>The plan could not be created.</source>
        <translation>Planen kunne ikke opprettes.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>MeetingPage</name>
    <message>
        <location filename="../../qml/pages/MeetingPage.qml" line="+20"/>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notes yet.</source>
        <translation>Ingen notater ennå.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Write what is said and agreed …</source>
        <translation>Skriv det som blir sagt og avtalt …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add note</source>
        <translation>Legg til notat</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Agreed actions</source>
        <translation>Avtalt oppfølging</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing agreed yet.</source>
        <translation>Ingenting avtalt ennå.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Add to plan</source>
        <translation>Legg i planen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In the plan ✓</source>
        <translation>I planen ✓</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What was agreed?</source>
        <translation>Hva ble avtalt?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add agreed action</source>
        <translation>Legg til avtale</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who took part</source>
        <translation>Hvem deltok</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>End meeting</source>
        <translation>Avslutt møtet</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../qml/pages/MeetingsTab.qml" line="+35"/>
        <location line="+28"/>
        <source>Start a meeting</source>
        <translation>Start et møte</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Choose the kind of meeting. Notes and agreed actions are saved on this tablet as you write.</source>
        <translation>Velg type møte. Notater og avtaler lagres på nettbrettet mens du skriver.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No meetings yet.</source>
        <translation>Ingen møter ennå.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>with interpreter</source>
        <translation>med tolk</translation>
    </message>
</context>
<context>
    <name>MentorHomePage</name>
    <message>
        <location filename="../../qml/pages/MentorHomePage.qml" line="+10"/>
        <source>Training books</source>
        <translation>Opplæringsbøker</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No training books on this device yet. They arrive with the next sync once a participant is placed with your employer.</source>
        <translation>Ingen opplæringsbøker på denne enheten ennå. De kommer med neste synkronisering når en deltaker er plassert hos arbeidsgiveren din.</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <location filename="../domain/labels.cpp" line="+5"/>
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
        <location filename="../../qml/pages/ParticipantDialog.qml" line="+13"/>
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
    <name>ParticipantListPage</name>
    <message numerus="yes">
        <location filename="../../qml/pages/ParticipantListPage.qml" line="+113"/>
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
        <location line="+170"/>
        <source>No participant matches “%1”.</source>
        <translation>Ingen deltaker passer med «%1».</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No participants yet. Add the first one with the + button.</source>
        <translation>Ingen deltakere ennå. Legg til den første med +-knappen.</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>My participants</source>
        <translation>Mine deltakere</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All tracks</source>
        <translation>Alle løp</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Search by name, municipality or language</source>
        <translation>Søk på navn, kommune eller språk</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>All phases</source>
        <translation>Alle faser</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Next: %1</source>
        <translation>Neste: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No agreed action</source>
        <translation>Ingen avtalt oppfølging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue since %1</source>
        <translation>Forfalt siden %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent</source>
        <translation>Ikke sendt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No participant in this phase and track.</source>
        <translation>Ingen deltakere i denne fasen og dette løpet.</translation>
    </message>
    <message>
        <location line="-203"/>
        <location line="+2"/>
        <source>New participant</source>
        <translation>Ny deltaker</translation>
    </message>
</context>
<context>
    <name>ParticipantPage</name>
    <message>
        <location filename="../../qml/pages/ParticipantPage.qml" line="+21"/>
        <location line="+146"/>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>The plan could not be created.</source>
        <translation>Planen kunne ikke opprettes.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mapping</source>
        <translation>Kartlegging</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training book</source>
        <translation>Opplæringsbok</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The journey</source>
        <translation>Veien videre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Next: %1</source>
        <translation>Neste: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No agreed action yet. Agree on the next step in a meeting.</source>
        <translation>Ingen avtalt oppfølging ennå. Avtal neste steg i et møte.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agreed, not yet done</source>
        <translation>Avtalt, ikke gjort ennå</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing open.</source>
        <translation>Ingenting åpent.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Overdue since %1</source>
        <translation>Forfalt siden %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ongoing measures</source>
        <translation>Pågående tiltak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No ongoing measure.</source>
        <translation>Ingen pågående tiltak.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>until %1</source>
        <translation>til %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Individual plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save plan</source>
        <translation>Lagre planen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>Reporting</name>
    <message>
        <location filename="../core/reportingservice.cpp" line="+44"/>
        <source>The server could not be reached.</source>
        <translation>Fikk ikke kontakt med serveren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session has ended: log in again.</source>
        <translation>Økten er avsluttet: logg inn på nytt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a programme leader may see the municipality&apos;s figures.</source>
        <translation>Bare en programleder kan se kommunens tall.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s answer was not a report.</source>
        <translation>Svaret fra serveren var ikke en rapport.</translation>
    </message>
    <message>
        <location filename="../reports/reportexport.cpp" line="+23"/>
        <source>The caseload on this device</source>
        <translation>Saksmengden på denne enheten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality: %1</source>
        <translation>Kommune: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: no file name</source>
        <translation>Kan ikke skrive %1: mangler filnavn</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <source>Fast track: figures per year</source>
        <translation>Hurtigspor: tall per år</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+94"/>
        <source>Cannot write %1</source>
        <translation>Kan ikke skrive %1</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Years %1</source>
        <translation>År %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of %1</source>
        <translation>Per %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Figure</source>
        <translation>Tall</translation>
    </message>
    <message>
        <location filename="../reports/reportingtext.cpp" line="+28"/>
        <source>Participants in the fast track</source>
        <translation>Deltakere i hurtigspor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants in the introduction programme</source>
        <translation>Deltakere i introduksjonsprogram</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of programme participants in the fast track</source>
        <translation>Andel av deltakerne i introduksjonsprogram som har hurtigsporløp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean time in the programme before the fast track</source>
        <translation>Gjennomsnittlig tid i introduksjonsprogram før oppstart av hurtigspor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fast-track participants with wage subsidy</source>
        <translation>Hurtigspordeltakere med lønnstilskudd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fast-track participants in work training</source>
        <translation>Hurtigspordeltakere i arbeidstrening</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fast track ended in work</source>
        <translation>Hurtigspor avsluttet med arbeid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In work over 70 %</source>
        <translation>I arbeid i mer enn 70 % stilling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In work 70 % or less</source>
        <translation>I arbeid i 70 % stilling eller mindre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean duration of the fast track before work</source>
        <translation>Gjennomsnittlig varighet av hurtigsporløp før arbeid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean duration of wage subsidy or work training before work</source>
        <translation>Gjennomsnittlig varighet av lønnstilskudd eller arbeidstrening før arbeid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Companies taking part</source>
        <translation>Bedrifter som har deltatt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>months</source>
        <translation>måneder</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>nothing in Bro proposes a date</source>
        <translation>ingenting i Bro foreslår en dato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the participant&apos;s programme end</source>
        <translation>fra deltakerens programslutt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the participant&apos;s programme start</source>
        <translation>fra deltakerens programstart</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from the track %1, set when the participant was registered</source>
        <translation>fra løpet %1, satt da deltakeren ble registrert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the change of track from %1 to %2</source>
        <translation>fra endringen av løp fra %1 til %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the change of phase to %1</source>
        <translation>fra endringen av fase til %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from the measure %1</source>
        <translation>fra tiltaket %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the measure %1 at %2</source>
        <translation>fra tiltaket %1 hos %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>from the employment with wage subsidy at %1 (%2 %)</source>
        <translation>fra ansettelsen med lønnstilskudd hos %1 (%2 %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the employment at %1 (%2 %)</source>
        <translation>fra ansettelsen hos %1 (%2 %)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>: hidden to protect individuals (fewer than 3, or it would reveal such a figure)</source>
        <translation>: skjult for å beskytte enkeltpersoner (færre enn 3, eller tallet ville avsløre et slikt tall)</translation>
    </message>
</context>
<context>
    <name>ReportingDateRow</name>
    <message>
        <location filename="../../qml/pages/ReportingDateRow.qml" line="+59"/>
        <source>Source changed</source>
        <translation>Kilden er endret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typed by adviser</source>
        <translation>Skrevet inn av rådgiver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmed</source>
        <translation>Bekreftet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bro proposes %1, %2</source>
        <translation>Bro foreslår %1, %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No such date</source>
        <translation>Ingen slik dato</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Confirm</source>
        <translation>Bekreft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm: no date</source>
        <translation>Bekreft: ingen dato</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another date</source>
        <translation>Annen dato</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undo confirmation</source>
        <translation>Angre bekreftelsen</translation>
    </message>
</context>
<context>
    <name>ReportingFiguresTab</name>
    <message>
        <location filename="../../qml/pages/ReportingFiguresTab.qml" line="+15"/>
        <source>Municipality: %1 · as of %2</source>
        <translation>Kommune: %1 · per %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No figures fetched yet.</source>
        <translation>Ingen tall er hentet ennå.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caseload on this device · as of %1</source>
        <translation>Saksmengden på denne enheten · per %1</translation>
    </message>
</context>
<context>
    <name>ReportingFormTab</name>
    <message numerus="yes">
        <location filename="../../qml/pages/ReportingFormTab.qml" line="+58"/>
        <source>%n date(s) to confirm</source>
        <translation>
            <numerusform>%n dato å bekrefte</numerusform>
            <numerusform>%n datoer å bekrefte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All dates confirmed</source>
        <translation>Alle datoer er bekreftet</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n endret</numerusform>
            <numerusform>%n endret</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No participant in the caseload is on the fast track.</source>
        <translation>Ingen deltakere i saksmengden er i hurtigspor.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Proposed from what Bro already holds. Confirm each date, or type the right one: what you confirm is what is reported.</source>
        <translation>Foreslått ut fra det Bro allerede vet. Bekreft hver dato, eller skriv inn riktig dato: det du bekrefter, er det som rapporteres.</translation>
    </message>
</context>
<context>
    <name>ReportingPage</name>
    <message>
        <location filename="../../qml/pages/ReportingPage.qml" line="+12"/>
        <source>Figures for %1</source>
        <translation>Tall for %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the municipality</source>
        <translation>kommunen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting</source>
        <translation>Rapportering</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved: %1</source>
        <translation>Lagret: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Previous year</source>
        <translation>Forrige år</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next year</source>
        <translation>Neste år</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Form</source>
        <translation>Skjema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures</source>
        <translation>Tall</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fetch figures</source>
        <translation>Hent tall</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the figures for a spreadsheet</source>
        <translation>Lagre tallene for et regneark</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the figures with charts as a PDF</source>
        <translation>Lagre tallene med diagrammer som PDF</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../qml/pages/SignDialog.qml" line="+20"/>
        <location line="+92"/>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Draw the signature in the box.</source>
        <translation>Tegn signaturen i feltet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>After signing, the item can no longer be changed.</source>
        <translation>Etter signering kan dette ikke lenger endres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed by: %1</source>
        <translation>Signert av: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log in to sign.</source>
        <translation>Logg inn for å signere.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Clear</source>
        <translation>Tøm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
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
        <location line="+7"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 as %2</source>
        <translation>%1 som %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not logged in</source>
        <translation>Ikke pålogget</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last successful sync</source>
        <translation>Sist synkronisert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never</source>
        <translation>Aldri</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes not sent</source>
        <translation>Endringer som ikke er sendt</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Log out</source>
        <translation>Logg ut</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Syncing …</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Last problem</source>
        <translation>Siste problem</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Next try in %n second(s).</source>
        <translation>
            <numerusform>Nytt forsøk om %n sekund.</numerusform>
            <numerusform>Nytt forsøk om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sync now</source>
        <translation>Synkroniser nå</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No conflicts. When the same text is changed on two devices, both versions are kept and shown here.</source>
        <translation>Ingen konflikter. Når samme tekst endres på to enheter, tas begge versjonene vare på og vises her.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Shown now</source>
        <translation>Vises nå</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The other version</source>
        <translation>Den andre versjonen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Keep this</source>
        <translation>Behold denne</translation>
    </message>
    <message>
        <location line="+15"/>
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
    <name>TrainingBookPage</name>
    <message>
        <location filename="../../qml/pages/TrainingBookPage.qml" line="+24"/>
        <source>Training book</source>
        <translation>Opplæringsbok</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the training book as a PDF</source>
        <translation>Lagre opplæringsboka som PDF</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The training book was saved as a PDF on this device.</source>
        <translation>Opplæringsboka er lagret som PDF på enheten.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Hand over for one section:</source>
        <translation>Gi fra deg nettbrettet for én del:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logbook entry</source>
        <translation>Loggføring</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Employer feedback</source>
        <translation>Tilbakemelding fra arbeidsgiver</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open or share</source>
        <translation>Åpne eller del</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Logbook</source>
        <translation>Logg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feedback</source>
        <translation>Tilbakemelding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workplace</source>
        <translation>Arbeidsplass</translation>
    </message>
</context>
<context>
    <name>TrainingBookPdf</name>
    <message>
        <location filename="../reports/trainingbookpdf.cpp" line="+457"/>
        <source>There is no training book with id %1</source>
        <translation>Det finnes ingen opplæringsbok med id %1</translation>
    </message>
</context>
<context>
    <name>TrainingBooksTab</name>
    <message>
        <location filename="../../qml/pages/TrainingBooksTab.qml" line="+16"/>
        <source>Work placements</source>
        <translation>Arbeidspraksis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+ New training book</source>
        <translation>+ Ny opplæringsbok</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No work placement yet. A training book is made for each placement.</source>
        <translation>Ingen arbeidspraksis ennå. Det lages en opplæringsbok for hver praksisplass.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New training book</source>
        <translation>Ny opplæringsbok</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../domain/labels.cpp" line="+77"/>
        <source>%1 is required.</source>
        <translation>%1 må fylles ut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too long.</source>
        <translation>%1 er for lang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be a date, written %2.</source>
        <translation>%1 må være en dato, skrevet %2.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+3"/>
        <source>%1: your role may not change this.</source>
        <translation>%1: rollen din kan ikke endre dette.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save: %1</source>
        <translation>Kunne ikke lagre: %1</translation>
    </message>
</context>
<context>
    <name>WorkplaceTab</name>
    <message>
        <location filename="../../qml/pages/WorkplaceTab.qml" line="+39"/>
        <source>HSE introduction</source>
        <translation>HMS-opplæring</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+ Add</source>
        <translation>+ Legg til</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>not yet</source>
        <translation>ikke ennå</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The workplace</source>
        <translation>Arbeidsplassen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New HSE topic</source>
        <translation>Nytt HMS-punkt</translation>
    </message>
</context>
<context>
    <name>bro</name>
    <message>
        <location filename="../domain/goalimport.cpp" line="+66"/>
        <source>is missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is too long (%1 characters, at most %2)</source>
        <translation>er for lang (%1 tegn, høyst %2)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Line %1: a quoted field is not closed</source>
        <translation>Linje %1: et felt i anførselstegn er ikke avsluttet</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+67"/>
        <source>The file is not UTF-8 text</source>
        <translation>Fila er ikke UTF-8-tekst</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The file is empty: expected a header row &quot;code,title,description&quot;</source>
        <translation>Fila er tom: forventet en overskriftsrad «code,title,description»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: unknown column &quot;%2&quot; (expected code, title, description)</source>
        <translation>Linje %1: ukjent kolonne «%2» (forventet code, title, description)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1: the column &quot;%2&quot; appears twice</source>
        <translation>Linje %1: kolonnen «%2» står to ganger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1: there is no &quot;title&quot; column</source>
        <translation>Linje %1: det er ingen «title»-kolonne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: %2 fields, but the header names %3 columns</source>
        <translation>Linje %1: %2 felt, men overskriften har %3 kolonner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Line %1, %2</source>
        <translation>Linje %1, %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The file is not valid JSON: %1</source>
        <translation>Fila er ikke gyldig JSON: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The JSON must be an object with &quot;trade&quot; and &quot;goals&quot;</source>
        <translation>JSON-en må være et objekt med «trade» og «goals»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown field &quot;%1&quot; (expected trade and goals)</source>
        <translation>Ukjent felt «%1» (forventet trade og goals)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>trade: must be text</source>
        <translation>trade: må være tekst</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>goals: must be a list of goals</source>
        <translation>goals: må være en liste med mål</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goal %1 (goals[%2])</source>
        <translation>Mål %1 (goals[%2])</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: must be an object with code, title and description</source>
        <translation>%1: må være et objekt med code, title og description</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: unknown field &quot;%2&quot; (expected code, title, description)</source>
        <translation>%1: ukjent felt «%2» (forventet code, title, description)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2: must be text</source>
        <translation>%1, %2: må være tekst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The bundled list %1 is missing</source>
        <translation>Den medfølgende lista %1 mangler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no bundled goal list called &quot;%1&quot;</source>
        <translation>Det finnes ingen medfølgende målliste som heter «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no training book with id %1</source>
        <translation>Det finnes ingen opplæringsbok med id %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The goals could not be saved</source>
        <translation>Målene kunne ikke lagres</translation>
    </message>
</context>
<context>
    <name>bro::AppController</name>
    <message>
        <location filename="../core/appcontroller.cpp" line="+105"/>
        <source>The data on this device was erased after 10 wrong PINs.</source>
        <translation>Dataene på enheten ble slettet etter 10 feil PIN-koder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data on this device was erased at the request of your organisation.</source>
        <translation>Dataene på enheten ble slettet etter ønske fra virksomheten din.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n change(s) could not be sent to the server first and are lost.</source>
        <translation>
            <numerusform>%n endring kunne ikke sendes til serveren først og er tapt.</numerusform>
            <numerusform>%n endringer kunne ikke sendes til serveren først og er tapt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything had been sent to the server first.</source>
        <translation>Alt var sendt til serveren først.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in again to go on.</source>
        <translation>Logg inn igjen for å fortsette.</translation>
    </message>
</context>
<context>
    <name>bro::ConflictModel</name>
    <message>
        <location filename="../core/conflictmodel.cpp" line="+65"/>
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
    <name>bro::ReportingService</name>
    <message>
        <location filename="../core/reportingservice.cpp" line="+137"/>
        <source>Changed since it was confirmed: Bro no longer proposes a date.</source>
        <translation>Endret etter at datoen ble bekreftet: Bro foreslår ikke lenger noen dato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed since it was confirmed: Bro now proposes %1, %2.</source>
        <translation>Endret etter at datoen ble bekreftet: Bro foreslår nå %1, %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is not a date of the reporting form.</source>
        <translation>%1 er ikke en dato i rapporteringsskjemaet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no such participant on this device.</source>
        <translation>Deltakeren finnes ikke på denne enheten.</translation>
    </message>
</context>
<context>
    <name>bro::Session</name>
    <message>
        <location filename="../core/session.cpp" line="+210"/>
        <source>Unlock first to change the PIN.</source>
        <translation>Lås opp først for å endre PIN-koden.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>PIN: must be %1 to %2 digits.</source>
        <translation>PIN: må være %1 til %2 sifre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN: not the same digit repeated. Choose one that is hard to guess.</source>
        <translation>PIN: ikke det samme sifferet gjentatt. Velg en som er vanskelig å gjette.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN: not a run of digits such as 123456 or 654321.</source>
        <translation>PIN: ikke en rekke sifre som 123456 eller 654321.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN: not your year of birth.</source>
        <translation>PIN: ikke fødselsåret ditt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PIN: the device has too little memory to protect it.</source>
        <translation>PIN: enheten har for lite minne til å beskytte den.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+16"/>
        <source>Too many wrong PINs: this device&apos;s data is being erased.</source>
        <translation>For mange feil PIN-koder: dataene på enheten slettes.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Choose a PIN first.</source>
        <translation>Velg en PIN-kode først.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>For mange feil PIN-koder. Prøv igjen om %n sekund.</numerusform>
            <numerusform>For mange feil PIN-koder. Prøv igjen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Wrong PIN. %n try (tries) left before this device is erased.</source>
        <translation>
            <numerusform>Feil PIN-kode. %n forsøk igjen før enheten slettes.</numerusform>
            <numerusform>Feil PIN-kode. %n forsøk igjen før enheten slettes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bro::SyncController</name>
    <message numerus="yes">
        <location filename="../core/synccontroller.cpp" line="+276"/>
        <source>%n change(s) were not allowed by the server and were not saved there.</source>
        <translation>
            <numerusform>%n endring ble ikke tillatt av serveren og ble ikke lagret der.</numerusform>
            <numerusform>%n endringer ble ikke tillatt av serveren og ble ikke lagret der.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No connection to the server. Everything is saved on this device.</source>
        <translation>Ingen forbindelse med serveren. Alt er lagret på enheten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login has expired. Log in again to sync.</source>
        <translation>Påloggingen har utløpt. Logg inn igjen for å synkronisere.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not accept this device or user. Contact your administrator; everything is kept on this device.</source>
        <translation>Serveren godtar ikke denne enheten eller brukeren. Kontakt administratoren; alt er tatt vare på på enheten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is busy. The device tries again by itself.</source>
        <translation>Serveren er opptatt. Enheten prøver igjen av seg selv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server has a problem. The device tries again by itself.</source>
        <translation>Serveren har et problem. Enheten prøver igjen av seg selv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device could not save what it received. It tries again.</source>
        <translation>Enheten kunne ikke lagre det den mottok. Den prøver igjen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the sync: %1</source>
        <translation>Serveren avviste synkroniseringen: %1</translation>
    </message>
</context>
<context>
    <name>bro::SyncWorker</name>
    <message>
        <location line="-253"/>
        <source>The server could not be reached.</source>
        <translation>Fikk ikke kontakt med serveren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many attempts. Wait a little and try again.</source>
        <translation>For mange forsøk. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is disabled.</source>
        <translation>Kontoen er deaktivert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong user name or password.</source>
        <translation>Feil brukernavn eller passord.</translation>
    </message>
</context>
<context>
    <name>bro::TrainingBookService</name>
    <message>
        <location filename="../core/trainingbookservice.cpp" line="+78"/>
        <source>The training book was saved as %1</source>
        <translation>Opplæringsboka ble lagret som %1</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <location line="+1"/>
        <source>%n competence goal(s) added</source>
        <translation>
            <numerusform>%n kompetansemål lagt til</numerusform>
            <numerusform>%n kompetansemål lagt til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already in the book</source>
        <translation>
            <numerusform>%n fantes allerede i boka</numerusform>
            <numerusform>%n fantes allerede i boka</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bro::reports::PageLayout</name>
    <message>
        <location filename="../reports/pagelayout.cpp" line="+69"/>
        <location line="+20"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cannot write %1</source>
        <translation>Kan ikke skrive %1</translation>
    </message>
</context>
<context>
    <name>BroBridge</name>
    <message>
        <source>Norwegian %1</source>
        <translation>Norsk %1</translation>
    </message>
</context>
<context>
    <name>BroSelfEvaluations</name>
    <message>
        <source>No self-evaluation yet.</source>
        <translation>Ingen egenvurdering ennå.</translation>
    </message>
    <message>
        <source>Take up at the next meeting</source>
        <translation>Ta opp på neste møte</translation>
    </message>
</context>
<context>
    <name>BroSpeakButton</name>
    <message>
        <source>Read aloud</source>
        <translation>Les høyt</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Likes the work?</source>
        <translation>Liker arbeidet?</translation>
    </message>
    <message>
        <source>Is it hard?</source>
        <translation>Er det vanskelig?</translation>
    </message>
    <message>
        <source>How it goes (1-5)</source>
        <translation>Hvordan det går (1–5)</translation>
    </message>
    <message>
        <source>The goal in the participant&apos;s own words</source>
        <translation>Målet med deltakerens egne ord</translation>
    </message>
    <message>
        <source>The participant&apos;s note</source>
        <translation>Deltakerens notat</translation>
    </message>
</context>
<context>
    <name>GoalPage</name>
    <message>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>What the goal means to me</source>
        <translation>Hva målet betyr for meg</translation>
    </message>
    <message>
        <source>Write in any language</source>
        <translation>Skriv på hvilket som helst språk</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
</context>
<context>
    <name>MyBro</name>
    <message>
        <source>No network now. Try again later.</source>
        <translation>Ikke nett nå. Prøv igjen senere.</translation>
    </message>
    <message>
        <source>Log in again.</source>
        <translation>Logg inn på nytt.</translation>
    </message>
    <message>
        <source>Only you can see who opened your file.</source>
        <translation>Bare du kan se hvem som har åpnet mappen din.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again later.</source>
        <translation>Noe gikk galt. Prøv igjen senere.</translation>
    </message>
</context>
<context>
    <name>MyBroPage</name>
    <message>
        <source>My bridge to work</source>
        <translation>Min bro til jobb</translation>
    </message>
    <message>
        <source>Next meeting: %1</source>
        <translation>Neste møte: %1</translation>
    </message>
    <message>
        <source>No meeting planned</source>
        <translation>Ingen møter planlagt</translation>
    </message>
    <message>
        <source>%1 hours at work</source>
        <translation>%1 timer på jobb</translation>
    </message>
    <message>
        <source>%1 of %2 goals reached</source>
        <translation>%1 av %2 mål nådd</translation>
    </message>
</context>
<context>
    <name>ParticipantBridgeTab</name>
    <message>
        <source>The participant&apos;s bridge</source>
        <translation>Deltakerens bro</translation>
    </message>
    <message>
        <source>Show the participant</source>
        <translation>Vis deltakeren</translation>
    </message>
    <message>
        <source>Self-evaluations</source>
        <translation>Egenvurderinger</translation>
    </message>
</context>
<context>
    <name>ParticipantHome</name>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>My Bro</source>
        <translation>Min Bro</translation>
    </message>
    <message>
        <source>My bridge</source>
        <translation>Min bro</translation>
    </message>
    <message>
        <source>How is it?</source>
        <translation>Hvordan går det?</translation>
    </message>
    <message>
        <source>Who looked</source>
        <translation>Hvem så</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
</context>
<context>
    <name>ParticipantPage</name>
    <message>
        <source>Min bro</source>
        <translation>Min bro</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished">Forfalt siden %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
</context>
<context>
    <name>PlankPage</name>
    <message>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Mitt notat</translation>
    </message>
    <message>
        <source>Write in any language</source>
        <translation>Skriv på hvilket som helst språk</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Recorded. Record again in my language:</source>
        <translation>Spilt inn. Spill inn på nytt på mitt språk:</translation>
    </message>
    <message>
        <source>Record it in my language:</source>
        <translation>Spill inn på mitt språk:</translation>
    </message>
</context>
<context>
    <name>SelfEvaluationPage</name>
    <message>
        <source>Do I like this work?</source>
        <translation>Liker jeg dette arbeidet?</translation>
    </message>
    <message>
        <source>Is it hard?</source>
        <translation>Er det vanskelig?</translation>
    </message>
    <message>
        <source>Do I want to go on?</source>
        <translation>Vil jeg fortsette?</translation>
    </message>
    <message>
        <source>How is it going?</source>
        <translation>Hvordan går det?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Usikker</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Something more? (if you want)</source>
        <translation>Noe mer? (hvis du vil)</translation>
    </message>
    <message>
        <source>Write in any language</source>
        <translation>Skriv på hvilket som helst språk</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Thank you! Your adviser will see it.</source>
        <translation>Takk! Rådgiveren din får se det.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Or say it:</source>
        <translation>Eller si det:</translation>
    </message>
</context>
<context>
    <name>TrailPage</name>
    <message>
        <source>adviser</source>
        <translation>rådgiver</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>you</source>
        <translation>deg</translation>
    </message>
    <message>
        <source>programme leader</source>
        <translation>programleder</translation>
    </message>
    <message>
        <source>%1 changed your file, %2</source>
        <translation>%1 endret mappen din, %2</translation>
    </message>
    <message>
        <source>%1 read your file, %2</source>
        <translation>%1 leste mappen din, %2</translation>
    </message>
    <message>
        <source>Who opened my file</source>
        <translation>Hvem har åpnet mappen min</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Igjen</translation>
    </message>
</context>
<!-- Employers, their needs and the Intro-CV (issue 15) -->
<context>
    <name>Field</name>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Antall stillinger</translation>
    </message>
    <message>
        <source>Norwegian required: listening</source>
        <translation>Norsk krevd: lytting</translation>
    </message>
    <message>
        <source>Norwegian required: reading</source>
        <translation>Norsk krevd: lesing</translation>
    </message>
    <message>
        <source>Norwegian required: speaking</source>
        <translation>Norsk krevd: muntlig</translation>
    </message>
    <message>
        <source>Norwegian required: writing</source>
        <translation>Norsk krevd: skriftlig</translation>
    </message>
    <message>
        <source>Qualification required</source>
        <translation>Kvalifikasjon krevd</translation>
    </message>
    <message>
        <source>In the field of</source>
        <translation>Innen fagfeltet</translation>
    </message>
    <message>
        <source>Other requirements</source>
        <translation>Andre krav</translation>
    </message>
    <message>
        <source>Years of experience required</source>
        <translation>Års erfaring krevd</translation>
    </message>
    <message>
        <source>Wage subsidy offered</source>
        <translation>Lønnstilskudd tilbys</translation>
    </message>
    <message>
        <source>Mentor offered</source>
        <translation>Mentor tilbys</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation>Med egne ord</translation>
    </message>
    <message>
        <source>Include education</source>
        <translation>Ta med utdanning</translation>
    </message>
    <message>
        <source>Include work experience</source>
        <translation>Ta med arbeidserfaring</translation>
    </message>
    <message>
        <source>Include languages</source>
        <translation>Ta med språk</translation>
    </message>
    <message>
        <source>Include work training</source>
        <translation>Ta med arbeidstrening</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Utelatt</translation>
    </message>
    <message>
        <source>Language of the CV</source>
        <translation>CV-ens språk</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Samtykke gitt</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrert av</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>Employer</source>
        <translation>Arbeidsgiver</translation>
    </message>
    <message>
        <source>Employer's need</source>
        <translation>Arbeidsgivers behov</translation>
    </message>
    <message>
        <source>Intro CV</source>
        <translation>Intro-CV</translation>
    </message>
    <message>
        <source>Consent to share the CV</source>
        <translation>Samtykke til å dele CV</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Besatt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Trade certificate</source>
        <translation>Fagbrev</translation>
    </message>
    <message>
        <source>Vocational education</source>
        <translation>Yrkesutdanning</translation>
    </message>
    <message>
        <source>Bachelor's degree</source>
        <translation>Bachelorgrad</translation>
    </message>
    <message>
        <source>Master's degree</source>
        <translation>Mastergrad</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Autorisasjon</translation>
    </message>
    <message>
        <source>Norwegian (bokmål)</source>
        <translation>Norsk (bokmål)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>The participant</source>
        <translation>Deltakeren</translation>
    </message>
    <message>
        <source>The adviser, with the participant</source>
        <translation>Rådgiveren, sammen med deltakeren</translation>
    </message>
</context>
<context>
    <name>JobMatchPage</name>
    <message>
        <source>Job match</source>
        <translation>Jobbmatch</translation>
    </message>
    <message>
        <source>Employers' needs (%1 employers)</source>
        <translation>Arbeidsgivernes behov (%1 arbeidsgivere)</translation>
    </message>
    <message>
        <source>Best matches in your caseload</source>
        <translation>Best egnet i din portefølje</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 poeng</translation>
    </message>
    <message>
        <source>No employer needs on this device yet. Add an employer and what they need.</source>
        <translation>Ingen behov fra arbeidsgivere på denne enheten ennå. Legg inn en arbeidsgiver og hva de trenger.</translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n stilling</numerusform>
            <numerusform>%n stillinger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CvBuilderPage</name>
    <message>
        <source>Intro CV</source>
        <translation>Intro-CV</translation>
    </message>
    <message>
        <source>Intro CV for %1</source>
        <translation>Intro-CV for %1</translation>
    </message>
    <message>
        <source>PDF in Norwegian</source>
        <translation>PDF på norsk</translation>
    </message>
    <message>
        <source>PDF in English</source>
        <translation>PDF på engelsk</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Job match</source>
        <translation>Jobbmatch</translation>
    </message>
</context>
<context>
    <name>bro::JobMatchService</name>
    <message>
        <source>There is no participant with this id</source>
        <translation>Det finnes ingen deltaker med denne id-en</translation>
    </message>
</context>
<context>
    <name>JobMatchPage</name>
    <message>
        <source>Employer: %1</source>
        <translation>Arbeidsgiver: %1</translation>
    </message>
    <message>
        <source>Two expectation meetings planned for %1: with %2 and with %1.</source>
        <translation>To forventningsavklaringer planlagt for %1: med %2 og med %1.</translation>
    </message>
    <message>
        <source>New employer</source>
        <translation>Ny arbeidsgiver</translation>
    </message>
    <message>
        <source>Edit employer</source>
        <translation>Endre arbeidsgiver</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>Nytt behov</translation>
    </message>
    <message>
        <source>Edit need</source>
        <translation>Endre behov</translation>
    </message>
    <message>
        <source>%1 starts at %2: training book and measures made.</source>
        <translation>%1 starter hos %2: opplæringsbok og tiltak er laget.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Endre</translation>
    </message>
    <message>
        <source>Expectation meetings planned</source>
        <translation>Forventningsavklaring planlagt</translation>
    </message>
    <message>
        <source>Plan expectation meetings</source>
        <translation>Planlegg forventningsavklaring</translation>
    </message>
    <message>
        <source>Started here</source>
        <translation>Startet her</translation>
    </message>
    <message>
        <source>Starts here</source>
        <translation>Starter her</translation>
    </message>
</context>
<context>
    <name>MatchStartDialog</name>
    <message>
        <source>Starts at %1</source>
        <translation>Starter hos %1</translation>
    </message>
    <message>
        <source>%1 starts as %2. Bro makes the training book and the measures of the plan: work training%3%4.</source>
        <translation>%1 starter som %2. Bro lager opplæringsboka og tiltakene i planen: arbeidstrening%3%4.</translation>
    </message>
    <message>
        <source>, wage subsidy</source>
        <translation>, lønnstilskudd</translation>
    </message>
    <message>
        <source>, mentor</source>
        <translation>, mentor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>CvConsentPage</name>
    <message>
        <source>May we send your CV to %1?</source>
        <translation>Kan vi sende CV-en din til %1?</translation>
    </message>
    <message>
        <source>The employer sees your education, work experience, languages and work training. Nothing about your health or family.</source>
        <translation>Arbeidsgiveren ser utdanningen din, arbeidserfaringen, språkene og arbeidstreningen. Ingenting om helse eller familie.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>CvBuilderPage</name>
    <message>
        <source>Share with an employer</source>
        <translation>Del med en arbeidsgiver</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbeidsgiver</translation>
    </message>
    <message>
        <source>Ask the participant (hand over)</source>
        <translation>Spør deltakeren (gi fra deg nettbrettet)</translation>
    </message>
    <message>
        <source>PDF for %1</source>
        <translation>PDF til %1</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 hos %2</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>starter %1</translation>
    </message>
</context>
<context>
    <name>bro::VoiceRecorder</name>
    <message>
        <source>Nothing was recorded. Check the microphone.</source>
        <translation>Ingenting ble tatt opp. Sjekk mikrofonen.</translation>
    </message>
    <message>
        <source>The recording failed: %1</source>
        <translation>Opptaket mislyktes: %1</translation>
    </message>
    <message>
        <source>You may not record a voice here.</source>
        <translation>Du kan ikke spille inn tale her.</translation>
    </message>
    <message>
        <source>No microphone found. Connect one, or allow Bro to use it.</source>
        <translation>Fant ingen mikrofon. Koble til en, eller gi Bro lov til å bruke den.</translation>
    </message>
    <message>
        <source>There is no recording to keep.</source>
        <translation>Det er ikke noe opptak å beholde.</translation>
    </message>
</context>
<context>
    <name>BroVoiceRecord</name>
    <message>
        <source>Record</source>
        <translation>Spill inn</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
</context>
<context>
    <name>bro::RecordService</name>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>Filen er større enn %1 MiB.</translation>
    </message>
    <message>
        <source>Only photos, PDF files and recordings can be attached.</source>
        <translation>Bare bilder, PDF-filer og lydopptak kan legges ved.</translation>
    </message>
    <message>
        <source>A recording must be audio.</source>
        <translation>Et opptak må være lyd.</translation>
    </message>
    <message>
        <source>Employer&apos;s need: there is no such need on this device.</source>
        <translation>Arbeidsgivers behov: behovet finnes ikke på denne enheten.</translation>
    </message>
    <message>
        <source>Employer&apos;s need: its employer is not on this device.</source>
        <translation>Arbeidsgivers behov: arbeidsgiveren finnes ikke på denne enheten.</translation>
    </message>
    <message>
        <source>Employer&apos;s need: the need is %1.</source>
        <translation>Arbeidsgivers behov: behovet er %1.</translation>
    </message>
    <message>
        <source>Participant: there is no such participant on this device.</source>
        <translation>Deltaker: deltakeren finnes ikke på denne enheten.</translation>
    </message>
    <message>
        <source>Employer&apos;s need: the expectation meetings for this need are planned already.</source>
        <translation>Arbeidsgivers behov: forventningsavklaringene for dette behovet er allerede planlagt.</translation>
    </message>
    <message>
        <source>Start date: the day the participant starts is required.</source>
        <translation>Startdato: dagen deltakeren starter må fylles ut.</translation>
    </message>
    <message>
        <source>Employer: the participant has a training book at %1 already.</source>
        <translation>Arbeidsgiver: deltakeren har allerede en opplæringsbok hos %1.</translation>
    </message>
</context>
<context>
    <name>bro::JobMatchService</name>
    <message>
        <source>The participant agreed on %1 that the CV may be shared with this employer.</source>
        <translation>Deltakeren sa ja %1 til at CV-en kan deles med denne arbeidsgiveren.</translation>
    </message>
    <message>
        <source>The participant said no on %1: the CV is not shared with this employer.</source>
        <translation>Deltakeren sa nei %1: CV-en deles ikke med denne arbeidsgiveren.</translation>
    </message>
    <message>
        <source>The participant has not been asked yet: the CV is not shared with this employer before they agree.</source>
        <translation>Deltakeren er ikke spurt ennå: CV-en deles ikke med denne arbeidsgiveren før deltakeren sier ja.</translation>
    </message>
    <message>
        <source>Organisation number: it is not a valid Norwegian organisation number.</source>
        <translation>Organisasjonsnummer: det er ikke et gyldig norsk organisasjonsnummer.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Employer&apos;s need</source>
        <translation>Arbeidsgivers behov</translation>
    </message>
    <message>
        <source>Job starts</source>
        <translation>Jobben starter</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>Expectation clarification with participant</source>
        <translation>Forventningsavklaring med deltaker</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is not a valid organisation number: nine digits, the last one the MOD11 check digit of the first eight.</source>
        <translation>%1 er ikke et gyldig organisasjonsnummer: ni sifre, det siste kontrollsifferet (MOD11) av de åtte første.</translation>
    </message>
</context>
<context>
    <name>ParticipantPage</name>
    <message>
        <source>Jobs that fit</source>
        <translation>Jobber som passer</translation>
    </message>
    <message>
        <source>No open need of an employer fits yet.</source>
        <translation>Ingen åpne behov hos arbeidsgivere passer ennå.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 hos %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
</context>
</TS>
