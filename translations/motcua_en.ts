<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../ui/pages/AdminPage.ui" line="+18"/>
        <source>Officers of this workspace and their roles. Officers are added and revoked with motcua-cli for now.</source>
        <translation>Officers of this workspace and their roles. Officers are added and revoked with motcua-cli for now.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Officers</source>
        <translation>Officers</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../ui/ChangePasswordDialog.ui" line="+6"/>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter your current password, then the new one twice (at least 8 characters). Your key slot is re-encrypted with the new password; the old one stops working at once.</source>
        <translation>Enter your current password, then the new one twice (at least 8 characters). Your key slot is re-encrypted with the new password; the old one stops working at once.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <location filename="../app/reporting/DashboardExport.cpp" line="+67"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Office %1, %2 to %3</source>
        <translation>Office %1, %2 to %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, procedure %1</source>
        <translation>, procedure %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned on time</source>
        <translation>Returned on time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned late</source>
        <translation>Returned late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue now</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time used of the limit</source>
        <translation>Time used of the limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digitized at receipt</source>
        <translation>Digitized at receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents reused</source>
        <translation>Documents reused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average counter time (s)</source>
        <translation>Average counter time (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online submissions</source>
        <translation>Online submissions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction (1–5)</source>
        <translation>Satisfaction (1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components received</source>
        <translation>Components received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings given</source>
        <translation>Ratings given</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+31"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+46"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+46"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>SUPERVISOR DASHBOARD</source>
        <translation>SUPERVISOR DASHBOARD</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>By officer</source>
        <translation>By officer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By procedure</source>
        <translation>By procedure</translation>
    </message>
</context>
<context>
    <name>FormPainter</name>
    <message>
        <location filename="../app/printing/FormLayout.cpp" line="+49"/>
        <source>Dossier components submitted:</source>
        <translation>Dossier components submitted:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After reviewing the dossier&apos;s components, we ask you to supplement and complete the dossier as follows:</source>
        <translation>After reviewing the dossier&apos;s components, we ask you to supplement and complete the dossier as follows:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dossier components:</source>
        <translation>Dossier components:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If anything is unclear while completing the dossier, please contact the officer named below for guidance.</source>
        <translation>If anything is unclear while completing the dossier, please contact the officer named below for guidance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After examining the dossier against the regulations in force, %1 refuses to accept it for the following reasons:</source>
        <translation>After examining the dossier against the regulations in force, %1 refuses to accept it for the following reasons:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dossier components presented:</source>
        <translation>Dossier components presented:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>We hereby inform you of the above.</source>
        <translation>We hereby inform you of the above.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>GUIDING OFFICER</source>
        <translation>GUIDING OFFICER</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>RECEIVING OFFICER</source>
        <translation>RECEIVING OFFICER</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>%1 sincerely apologises: the dossier cannot be processed by the appointed time, for the following reasons:</source>
        <translation>%1 sincerely apologises: the dossier cannot be processed by the appointed time, for the following reasons:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>We apologise for the inconvenience and will return the result at the new appointed time.</source>
        <translation>We apologise for the inconvenience and will return the result at the new appointed time.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 informs you that the processing of the dossier has been stopped for the following reasons:</source>
        <translation>%1 informs you that the processing of the dossier has been stopped for the following reasons:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>HEAD OF THE AGENCY</source>
        <translation>HEAD OF THE AGENCY</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Previously due: </source>
        <translation>Previously due: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended by: </source>
        <translation>Extended by: </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New appointment for results: </source>
        <translation>New appointment for results: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period: </source>
        <translation>Period: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(no dossier in this period)</source>
        <translation>(no dossier in this period)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Total: %n dossier(s)</source>
        <translation>
            <numerusform>Total: %n dossier</numerusform>
            <numerusform>Total: %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over by</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time / late</source>
        <translation>On time / late</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Process of handing over the dossier:</source>
        <translation>Process of handing over the dossier:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no hand-over yet)</source>
        <translation>(no hand-over yet)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Office code: %1</source>
        <translation>Office code: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/printing/FormLayoutDeclaration.cpp" line="+90"/>
        <source>SOCIALIST REPUBLIC OF VIETNAM</source>
        <translation>SOCIALIST REPUBLIC OF VIETNAM</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/printing/FormLayoutDeclaration.cpp" line="+4"/>
        <source>Independence - Freedom - Happiness</source>
        <translation>Independence - Freedom - Happiness</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Issued on %3-%2-%1</source>
        <translation>Issued on %3-%2-%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../app/printing/FormPainter.cpp" line="+156"/>
        <source>Form No. %1</source>
        <translation>Form No. %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../app/printing/FormPainter.cpp" line="+2"/>
        <source>Dossier code: </source>
        <translation>Dossier code: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lookup code: </source>
        <translation>Lookup code: </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Received from: </source>
        <translation>Received from: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal ID number: </source>
        <translation>Personal ID number: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: </source>
        <translation>Address: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone: </source>
        <translation>Phone: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email: </source>
        <translation>Email: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Procedure: </source>
        <translation>Procedure: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(code %1)</source>
        <translation>(code %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Competent authority: </source>
        <translation>Competent authority: </translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+30"/>
        <location line="+159"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was provided</source>
        <translation>How it was provided</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To supplement or complete</source>
        <translation>To supplement or complete</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no components)</source>
        <translation>(no components)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(no reason given)</source>
        <translation>(no reason given)</translation>
    </message>
    <message>
        <location line="-251"/>
        <location line="+263"/>
        <source>Received at: </source>
        <translation>Received at: </translation>
    </message>
    <message>
        <location line="-257"/>
        <location line="+260"/>
        <source>As notified</source>
        <translation>As notified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results due: </source>
        <translation>Results due: </translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/printing/FormLayoutDeclaration.cpp" line="+44"/>
        <source>(signature and full name)</source>
        <translation>(signature and full name)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>APPLICANT</source>
        <translation>APPLICANT</translation>
    </message>
    <message>
        <location filename="../app/printing/FormPainter.cpp" line="-107"/>
        <source>RECEIPT OF DOSSIER AND APPOINTMENT FOR RESULTS</source>
        <translation>RECEIPT OF DOSSIER AND APPOINTMENT FOR RESULTS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REQUEST TO SUPPLEMENT AND COMPLETE THE DOSSIER</source>
        <translation>REQUEST TO SUPPLEMENT AND COMPLETE THE DOSSIER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REFUSAL TO ACCEPT THE DOSSIER FOR PROCESSING</source>
        <translation>REFUSAL TO ACCEPT THE DOSSIER FOR PROCESSING</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>APOLOGY AND EXTENSION OF THE TIME FOR RETURNING RESULTS</source>
        <translation>APOLOGY AND EXTENSION OF THE TIME FOR RETURNING RESULTS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOTICE OF STOPPING THE PROCESSING OF THE DOSSIER</source>
        <translation>NOTICE OF STOPPING THE PROCESSING OF THE DOSSIER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DOSSIER PROCESSING CONTROL SLIP</source>
        <translation>DOSSIER PROCESSING CONTROL SLIP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DOSSIER REGISTER</source>
        <translation>DOSSIER REGISTER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DECLARATION</source>
        <translation>DECLARATION</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 h %2 min, %3</source>
        <comment>hour, minute, date dd/MM/yyyy</comment>
        <translation>%1 h %2 min, %3</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Page %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <location filename="../app/printing/FormLayoutDeclaration.cpp" line="-64"/>
        <source>Form %1</source>
        <translation>Form %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Made on %1-%2-%3</source>
        <comment>day, month, year</comment>
        <translation>Made on %1-%2-%3</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../ui/LoginWindow.ui" line="+9"/>
        <source>MotCua — Sign in</source>
        <translation>MotCua — Sign in</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One-stop service desk: receiving dossiers and returning results</source>
        <translation>One-stop service desk: receiving dossiers and returning results</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Officer login:</source>
        <translation>&amp;Officer login:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. lan.nguyen</source>
        <translation>e.g. lan.nguyen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>First time on this computer: sign in &amp;through the portal (an officer of this office)</source>
        <translation>First time on this computer: sign in &amp;through the portal (an officer of this office)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opening the workspace…</source>
        <translation>Opening the workspace…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Switch officer</source>
        <translation>&amp;Switch officer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="+47"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change my &amp;password…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>motcua::ActionDialog</name>
    <message>
        <location filename="../ui/casework/ActionDialog.cpp" line="+85"/>
        <source>Import documents</source>
        <translation>Import documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Scanning…</source>
        <translation>Scanning…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appraisal note</source>
        <translation>Appraisal note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More working days</source>
        <translation>More working days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Component number</source>
        <translation>Component number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments (optional)</source>
        <translation>Attachments (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result document</source>
        <translation>Result document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplied pages</source>
        <translation>Supplied pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the pages on the scanner (the document feeder when it has sheets, else the glass).</source>
        <translation>Scan the pages on the scanner (the document feeder when it has sheets, else the glass).</translation>
    </message>
</context>
<context>
    <name>motcua::ActionText</name>
    <message>
        <location filename="../ui/casework/ActionText.cpp" line="+10"/>
        <source>Accept submission…</source>
        <translation>Accept submission…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return for supplement…</source>
        <translation>Return for supplement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appraise…</source>
        <translation>Appraise…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request supplement…</source>
        <translation>Request supplement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement received…</source>
        <translation>Supplement received…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop…</source>
        <translation>Stop…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result…</source>
        <translation>Result…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return result…</source>
        <translation>Return result…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accept the online submission</source>
        <translation>Accept the online submission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return the submission for supplement</source>
        <translation>Return the submission for supplement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer the dossier</source>
        <translation>Transfer the dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appraise the dossier</source>
        <translation>Appraise the dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request a supplement (Form 02)</source>
        <translation>Request a supplement (Form 02)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the supplement received</source>
        <translation>Record the supplement received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologise and extend (Form 04)</source>
        <translation>Apologise and extend (Form 04)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop processing (Form 05)</source>
        <translation>Stop processing (Form 05)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach the result</source>
        <translation>Attach the result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return the result to the citizen</source>
        <translation>Return the result to the citizen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The submission is received as it is: its processing time starts now.</source>
        <translation>The submission is received as it is: its processing time starts now.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant is told what to complete; nothing is received.</source>
        <translation>The applicant is told what to complete; nothing is received.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand the dossier to an officer or to a unit&apos;s pool.</source>
        <translation>Hand the dossier to an officer or to a unit&apos;s pool.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the appraisal&apos;s opinion, with documents if any.</source>
        <translation>Record the appraisal&apos;s opinion, with documents if any.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The processing clock pauses until the citizen brings what is asked.</source>
        <translation>The processing clock pauses until the citizen brings what is asked.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The supplied pages are filed and the processing clock runs again.</source>
        <translation>The supplied pages are filed and the processing clock runs again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add working days to the time limit; Form 04 tells the citizen the new date.</source>
        <translation>Add working days to the time limit; Form 04 tells the citizen the new date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing ends here; Form 05 tells the citizen why.</source>
        <translation>Processing ends here; Form 05 tells the citizen why.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dossier goes back to the officer who submitted it, approved.</source>
        <translation>The dossier goes back to the officer who submitted it, approved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dossier goes back to the officer who submitted it, with your reason.</source>
        <translation>The dossier goes back to the officer who submitted it, with your reason.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The result document and its number; it becomes the citizen&apos;s reusable document.</source>
        <translation>The result document and its number; it becomes the citizen&apos;s reusable document.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identify who collects the result and let the citizen rate the service.</source>
        <translation>Identify who collects the result and let the citizen rate the service.</translation>
    </message>
</context>
<context>
    <name>motcua::AdminPage</name>
    <message>
        <location filename="../ui/pages/AdminPage.cpp" line="+37"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This page is for administrators: officers, roles and devices are managed here. Your login has no administrator role, so there is nothing to change here; ask an administrator of your office.</source>
        <translation>This page is for administrators: officers, roles and devices are managed here. Your login has no administrator role, so there is nothing to change here; ask an administrator of your office.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The list of officers could not be read: %1</source>
        <translation>The list of officers could not be read: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the list of officers…</source>
        <translation>Reading the list of officers…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n officer(s), %1 active.</source>
        <translation>
            <numerusform>%n officer, %1 active.</numerusform>
            <numerusform>%n officers, %1 active.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ApplicantStep</name>
    <message>
        <location filename="../ui/receive/ApplicantStep.cpp" line="+187"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Representative&apos;s phone</source>
        <translation>Representative&apos;s phone</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>No phone number on record for this citizen: ask for one for notices (0 and 9 digits, or +84). Enter goes on without one.</source>
        <translation>No phone number on record for this citizen: ask for one for notices (0 and 9 digits, or +84). Enter goes on without one.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The ID number has 12 digits.</source>
        <translation>The ID number has 12 digits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The full name is missing.</source>
        <translation>The full name is missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of birth is written dd/mm/yyyy.</source>
        <translation>The date of birth is written dd/mm/yyyy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organisation&apos;s name is missing.</source>
        <translation>The organisation&apos;s name is missing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number is not valid: 0 and 9 digits (0912 345 678), or +84 and 9 digits.</source>
        <translation>The phone number is not valid: 0 and 9 digits (0912 345 678), or +84 and 9 digits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The email address is not valid.</source>
        <translation>The email address is not valid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read from the ID card.</source>
        <translation>Read from the ID card.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invisible control characters were removed from the text read from the card: check the name and address.</source>
        <translation>Invisible control characters were removed from the text read from the card: check the name and address.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: the card says “%2”, the records say “%3”</source>
        <translation>%1: the card says “%2”, the records say “%3”</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <location line="+12"/>
        <location line="+30"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+38"/>
        <location line="+42"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+41"/>
        <location line="+39"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+37"/>
        <location line="+8"/>
        <location line="+35"/>
        <source>Permanent address</source>
        <translation>Permanent address</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Known citizen: contact details filled from earlier dossiers.</source>
        <translation>Known citizen: contact details filled from earlier dossiers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differences from the records (the card&apos;s values are kept):</source>
        <translation>Differences from the records (the card&apos;s values are kept):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ID number, full name, date of birth, gender, address and date of issue: from the card&apos;s QR.</source>
        <translation>ID number, full name, date of birth, gender, address and date of issue: from the card&apos;s QR.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From the registry: %1.</source>
        <translation>From the registry: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s current address: “%1” (the card&apos;s is kept; correct it if the citizen confirms).</source>
        <translation>The registry&apos;s current address: “%1” (the card&apos;s is kept; correct it if the citizen confirms).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s full name: “%1”.</source>
        <translation>The registry&apos;s full name: “%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Data warehouse: %n document(s),</source>
        <translation>
            <numerusform>Data warehouse: %n document,</numerusform>
            <numerusform>Data warehouse: %n documents,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with an electronic copy to reuse at the components step.</source>
        <translation>
            <numerusform>%n with an electronic copy to reuse at the components step.</numerusform>
            <numerusform>%n with an electronic copy to reuse at the components step.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>2. Applicant</source>
        <translation>2. Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Citizen</source>
        <translation>&amp;Citizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the card from an &amp;image file…</source>
        <translation>Read the card from an &amp;image file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;an the card</source>
        <translation>Sc&amp;an the card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the ID card&apos;s QR code, or type the 12 digits</source>
        <translation>Scan the ID card&apos;s QR code, or type the 12 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+48"/>
        <source>Old ID number</source>
        <translation>Old ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business code</source>
        <translation>Business code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>motcua::BreakdownModel</name>
    <message>
        <location filename="../ui/dashboard/BreakdownModel.cpp" line="+60"/>
        <source>Double-click to list these dossiers</source>
        <translation>Double-click to list these dossiers</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>motcua::BulkDecisionDialog</name>
    <message>
        <location filename="../ui/dashboard/BulkDecisionDialog.cpp" line="+86"/>
        <source>Approve dossiers</source>
        <translation>Approve dossiers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send dossiers back</source>
        <translation>Send dossiers back</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Approve these %n dossier(s)? Each gets one approval event.</source>
        <translation>
            <numerusform>Approve these %n dossier? Each gets one approval event.</numerusform>
            <numerusform>Approve these %n dossiers? Each gets one approval event.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Send these %n dossier(s) back to the officers who submitted them? Each gets one rejection event with the reason below.</source>
        <translation>
            <numerusform>Send these %n dossier back to the officers who submitted them? Each gets one rejection event with the reason below.</numerusform>
            <numerusform>Send these %n dossiers back to the officers who submitted them? Each gets one rejection event with the reason below.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason for sending back (required):</source>
        <translation>Reason for sending back (required):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your password again to confirm:</source>
        <translation>Enter your password again to confirm:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Approve %n dossier(s)</source>
        <translation>
            <numerusform>Approve %n dossier</numerusform>
            <numerusform>Approve %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Send back %n dossier(s)</source>
        <translation>
            <numerusform>Send back %n dossier</numerusform>
            <numerusform>Send back %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write the reason for sending back.</source>
        <translation>Write the reason for sending back.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your password to confirm.</source>
        <translation>Enter your password to confirm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the password and recording…</source>
        <translation>Checking the password and recording…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n dossier(s) approved.</source>
        <translation>
            <numerusform>%n dossier approved.</numerusform>
            <numerusform>%n dossiers approved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dossier(s) sent back.</source>
        <translation>
            <numerusform>%n dossier sent back.</numerusform>
            <numerusform>%n dossiers sent back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dossier(s) could not be changed:</source>
        <translation>
            <numerusform>%n dossier could not be changed:</numerusform>
            <numerusform>%n dossiers could not be changed:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>motcua::CaseworkDialog</name>
    <message>
        <location filename="../ui/casework/CaseworkDialog.cpp" line="+52"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no file yet</source>
        <translation>no file yet</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 — dossier %2</source>
        <comment>action, dossier code</comment>
        <translation>%1 — dossier %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>motcua::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/ChangePasswordDialog.cpp" line="+40"/>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>motcua::ComponentRow</name>
    <message>
        <location filename="../ui/receive/ComponentRow.cpp" line="+96"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n copies</source>
        <translation>
            <numerusform>%n copy</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import files…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reuse…</source>
        <translation>Reuse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the declaration… (Ctrl+T)</source>
        <translation>Fill the declaration… (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the declaration from the ID card and earlier dossiers, then print it for signature</source>
        <translation>Fill the declaration from the ID card and earlier dossiers, then print it for signature</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scanning…</source>
        <translation>Scanning…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The portal&apos;s data warehouse holds an electronic copy: it can be reused, no paper needed.</source>
        <translation>The portal&apos;s data warehouse holds an electronic copy: it can be reused, no paper needed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed declaration: its data were read from the QR and will be stored with the dossier (%1, version %2).</source>
        <translation>Signed declaration: its data were read from the QR and will be stored with the dossier (%1, version %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The declaration&apos;s data are not used: %1</source>
        <translation>The declaration&apos;s data are not used: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check the pages: %1</source>
        <translation>Check the pages: %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Missing — required</source>
        <translation>Missing — required</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not provided (optional)</source>
        <translation>Not provided (optional)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An electronic copy from an earlier dossier can be reused: no paper needed.</source>
        <translation>An electronic copy from an earlier dossier can be reused: no paper needed.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Portal data warehouse (cached): %1</source>
        <translation>Portal data warehouse (cached): %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Portal data warehouse: %1</source>
        <translation>Portal data warehouse: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workspace: %1</source>
        <translation>This workspace: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Result No. %1 of dossier %2, %3, %n page(s)</source>
        <translation>
            <numerusform>Result No. %1 of dossier %2, %3, %n page</numerusform>
            <numerusform>Result No. %1 of dossier %2, %3, %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Dossier %1 (%2), %3, %n page(s)</source>
        <translation>
            <numerusform>Dossier %1 (%2), %3, %n page</numerusform>
            <numerusform>Dossier %1 (%2), %3, %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ComponentsModel</name>
    <message>
        <location filename="../ui/DossierViewModels.cpp" line="+66"/>
        <source>Component %1</source>
        <translation>Component %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it came from</source>
        <translation>Where it came from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached by</source>
        <translation>Attached by</translation>
    </message>
</context>
<context>
    <name>motcua::ComponentsStep</name>
    <message>
        <location filename="../ui/receive/ComponentsStep.cpp" line="+105"/>
        <source>3. Components</source>
        <translation>3. Components</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the procedure first.</source>
        <translation>Choose the procedure first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ Every required component is provided.</source>
        <translation>✔ Every required component is provided.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Still missing (required): %1</source>
        <translation>Still missing (required): %1</translation>
    </message>
</context>
<context>
    <name>motcua::DashboardCharts</name>
    <message>
        <location filename="../ui/dashboard/DashboardCharts.cpp" line="+65"/>
        <source>Per procedure</source>
        <translation>Per procedure</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Returns on time</source>
        <translation>Returns on time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On time: %1</source>
        <translation>On time: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late: %1</source>
        <translation>Late: %1</translation>
    </message>
</context>
<context>
    <name>motcua::DashboardPage</name>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="+89"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>The last day comes before the first.</source>
        <translation>The last day comes before the first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+70"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+168"/>
        <location line="+2"/>
        <source>All procedures</source>
        <translation>All procedures</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Figures of %1 to %2, computed at %3.</source>
        <translation>Figures of %1 to %2, computed at %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%1 (%n rating(s))</source>
        <translation>
            <numerusform>%1 (%n rating)</numerusform>
            <numerusform>%1 (%n ratings)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Click to list these dossiers</source>
        <translation>Click to list these dossiers</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 — officer %2</source>
        <translation>%1 — officer %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — procedure %2</source>
        <translation>%1 — procedure %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (%1 to %2)</source>
        <translation> (%1 to %2)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the dashboard</source>
        <translation>Export the dashboard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Supervisor dashboard</source>
        <translation>Supervisor dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen days</source>
        <translation>Chosen days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By officer</source>
        <translation>By officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By procedure</source>
        <translation>By procedure</translation>
    </message>
</context>
<context>
    <name>motcua::DecisionStep</name>
    <message>
        <location filename="../ui/receive/DecisionStep.cpp" line="+137"/>
        <source>Missing required components (say why for Form 02, or leave “not provided”):</source>
        <translation>Missing required components (say why for Form 02, or leave “not provided”):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not provided</source>
        <translation>not provided</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Dossier code: %1</source>
        <translation>Dossier code: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lookup code: %1</source>
        <translation>Lookup code: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result due: %1</source>
        <translation>Result due: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the slip or save it as PDF for the applicant.</source>
        <translation>Print the slip or save it as PDF for the applicant.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>4. Decision</source>
        <translation>4. Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This procedure publishes no time limit. Appointment in (working days):</source>
        <translation>This procedure publishes no time limit. Appointment in (working days):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes for Form 02 or reasons for Form 03 (one per line):</source>
        <translation>&amp;Notes for Form 02 or reasons for Form 03 (one per line):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receive — Form 01</source>
        <translation>&amp;Receive — Form 01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request &amp;supplement — Form 02</source>
        <translation>Request &amp;supplement — Form 02</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fuse — Form 03</source>
        <translation>Re&amp;fuse — Form 03</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New receipt</source>
        <translation>&amp;New receipt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Procedure: %1</source>
        <translation>Procedure: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant: %1</source>
        <translation>Applicant: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number: %1</source>
        <translation>ID number: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Business code: %1</source>
        <translation>Business code: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none (no notices by phone)</source>
        <translation>none (no notices by phone)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>✘ the time limit (this procedure publishes none)</source>
        <translation>✘ the time limit (this procedure publishes none)</translation>
    </message>
</context>
<context>
    <name>motcua::DossierActionsPanel</name>
    <message>
        <location filename="../ui/casework/DossierActionsPanel.cpp" line="+141"/>
        <source>%1 — as %2 (%3)</source>
        <comment>action, role, key</comment>
        <translation>%1 — as %2 (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading what you may do…</source>
        <translation>Reading what you may do…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing for you to do on this dossier now.</source>
        <translation>Nothing for you to do on this dossier now.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Actions:</source>
        <translation>Actions:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <comment>action, key</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Form 06 (%1)</source>
        <translation>Form 06 (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the process control slip: every hand-over, who, when, on time or late.</source>
        <translation>Print the process control slip: every hand-over, who, when, on time or late.</translation>
    </message>
</context>
<context>
    <name>motcua::DossierView</name>
    <message>
        <location filename="../ui/DossierView.cpp" line="+235"/>
        <location line="+75"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This page does not match its fingerprint (SHA-256): it was altered after it was stored, so it is not shown. Report it to the administrator and rescan the original document.</source>
        <translation>This page does not match its fingerprint (SHA-256): it was altered after it was stored, so it is not shown. Report it to the administrator and rescan the original document.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This page cannot be shown (%1).</source>
        <translation>This page cannot be shown (%1).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ALTERED — not shown</source>
        <translation>ALTERED — not shown</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Page %1 · %2</source>
        <comment>page number, component name</comment>
        <translation>Page %1 · %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lookup code</source>
        <translation>Lookup code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>set when the supplement is received</source>
        <translation>set when the supplement is received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no time limit</source>
        <translation>no time limit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back to results</source>
        <translation>Back to results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint…</source>
        <translation>Reprint…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record supplement…</source>
        <translation>Record supplement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The citizen brings what the request to supplement (Form 02) asked for: record it and receive the dossier (Form 01).</source>
        <translation>The citizen brings what the request to supplement (Form 02) asked for: record it and receive the dossier (Form 01).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline (%1)</source>
        <translation>Timeline (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components (%1)</source>
        <translation>Components (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages (%1)</source>
        <translation>Pages (%1)</translation>
    </message>
</context>
<context>
    <name>motcua::DossiersPage</name>
    <message>
        <location filename="../ui/pages/DossiersPage.cpp" line="+38"/>
        <source>Submissions to check</source>
        <translation>Submissions to check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received, not yet transferred</source>
        <translation>Received, not yet transferred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In processing: mine</source>
        <translation>In processing: mine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In processing: my unit</source>
        <translation>In processing: my unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting a supplement</source>
        <translation>Awaiting a supplement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due within one working day</source>
        <translation>Due within one working day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results ready to return</source>
        <translation>Results ready to return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts from sync</source>
        <translation>Conflicts from sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Registered but not yet accepted: the supplements citizens brought back after a Form 02. Online submissions from the portal will also appear here once synchronisation is available.</source>
        <translation>Registered but not yet accepted: the supplements citizens brought back after a Form 02. Online submissions from the portal will also appear here once synchronisation is available.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the citizen. The processing clock is paused until the supplement arrives.</source>
        <translation>Waiting for the citizen. The processing clock is paused until the supplement arrives.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open dossiers whose due moment falls within the next working day of the office&apos;s calendar.</source>
        <translation>Open dossiers whose due moment falls within the next working day of the office&apos;s calendar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossiers with events that synchronisation could not apply in order. They appear once sync is in use.</source>
        <translation>Dossiers with events that synchronisation could not apply in order. They appear once sync is in use.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes recorded on this computer and not yet sent to the portal. Only their number is shown until synchronisation with the portal is available.</source>
        <translation>Changes recorded on this computer and not yet sent to the portal. Only their number is shown until synchronisation with the portal is available.</translation>
    </message>
    <message>
        <location line="+196"/>
        <location line="+174"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message numerus="yes">
        <location line="-174"/>
        <source>Dossiers (%n overdue)</source>
        <translation>
            <numerusform>Dossiers (%n overdue)</numerusform>
            <numerusform>Dossiers (%n overdue)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Approve selected (%1)…</source>
        <translation>Approve selected (%1)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve selected…</source>
        <translation>Approve selected…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send back selected (%1)…</source>
        <translation>Send back selected (%1)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send back selected…</source>
        <translation>Send back selected…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Applicant&apos;s name (diacritics optional)</source>
        <translation>Applicant&apos;s name (diacritics optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure code</source>
        <translation>Procedure code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any officer</source>
        <translation>Any officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received between</source>
        <translation>Received between</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform>
            <numerusform>%n changes waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The queue could not be read: %1</source>
        <translation>The queue could not be read: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This queue is empty.</source>
        <translation>This queue is empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dossier in this queue matches the filter.</source>
        <translation>No dossier in this queue matches the filter.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::DraftBanner</name>
    <message>
        <location filename="../ui/receive/DraftBanner.cpp" line="+53"/>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>An unfinished receipt was kept (%1): %2, %3, %n page(s).</source>
        <translation>
            <numerusform>An unfinished receipt was kept (%1): %2, %3, %n page(s).</numerusform>
            <numerusform>An unfinished receipt was kept (%1): %2, %3, %n page(s).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no procedure</source>
        <translation>no procedure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no applicant</source>
        <translation>no applicant</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n more after this one)</source>
        <translation>
            <numerusform>(%n more after this one)</numerusform>
            <numerusform>(%n more after this one)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::DrillDownDialog</name>
    <message>
        <location filename="../ui/dashboard/DrillDownDialog.cpp" line="+81"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Open dossier</source>
        <translation>Open dossier</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The first %n dossier(s); narrow the period or the procedure to see the rest.</source>
        <translation>
            <numerusform>The first %n dossier; narrow the period or the procedure to see the rest.</numerusform>
            <numerusform>The first %n dossiers; narrow the period or the procedure to see the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ErrorText</name>
    <message>
        <location filename="../app/common/ErrorText.cpp" line="+17"/>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no active officer with that login.</source>
        <translation>There is no active officer with that login.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This officer&apos;s access has been revoked.</source>
        <translation>This officer&apos;s access has been revoked.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many failed attempts: wait before trying again.</source>
        <translation>Too many failed attempts: wait before trying again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password was given.</source>
        <translation>No password was given.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password must not be empty.</source>
        <translation>The password must not be empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new password must have at least 8 characters.</source>
        <translation>The new password must have at least 8 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two entries of the new password differ.</source>
        <translation>The two entries of the new password differ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an administrator may do this.</source>
        <translation>Only an administrator may do this.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator cannot revoke their own access.</source>
        <translation>An administrator cannot revoke their own access.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace key file is damaged.</source>
        <translation>The workspace key file is damaged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace key file cannot be read or written.</source>
        <translation>The workspace key file cannot be read or written.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk holding the workspace is full: nothing was changed. Free some space and try again.</source>
        <translation>The disk holding the workspace is full: nothing was changed. Free some space and try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace is on a read-only disk: nothing can be saved there.</source>
        <translation>The workspace is on a read-only disk: nothing can be saved there.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This user account may not write to the workspace folder.</source>
        <translation>This user account may not write to the workspace folder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another MotCua program is changing the workspace key file: try again in a moment.</source>
        <translation>Another MotCua program is changing the workspace key file: try again in a moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An officer with that login already exists.</source>
        <translation>An officer with that login already exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last officer of a workspace cannot be removed.</source>
        <translation>The last officer of a workspace cannot be removed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough memory to check the password.</source>
        <translation>Not enough memory to check the password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no workspace in this folder.</source>
        <translation>There is no workspace in this folder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder is not empty: a new workspace needs an empty or missing folder.</source>
        <translation>The folder is not empty: a new workspace needs an empty or missing folder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A login is 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>A login is 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office code is missing.</source>
        <translation>The office code is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The officer&apos;s full name is missing.</source>
        <translation>The officer&apos;s full name is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace folder cannot be created or written.</source>
        <translation>The workspace folder cannot be created or written.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace&apos;s database (motcua.db) is missing: restore it from a backup. Nothing was created.</source>
        <translation>The workspace&apos;s database (motcua.db) is missing: restore it from a backup. Nothing was created.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace&apos;s database (motcua.db) is cut short or damaged: restore it from a backup. Nothing was changed.</source>
        <translation>The workspace&apos;s database (motcua.db) is cut short or damaged: restore it from a backup. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database (motcua.db) in this folder does not belong to this workspace: restore the workspace&apos;s own database. Nothing was changed.</source>
        <translation>The database (motcua.db) in this folder does not belong to this workspace: restore the workspace&apos;s own database. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace&apos;s database file (motcua.db) is missing: restore it from a backup.</source>
        <translation>The workspace&apos;s database file (motcua.db) is missing: restore it from a backup.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database cannot be opened with this key.</source>
        <translation>The database cannot be opened with this key.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file is not encrypted: refusing to use it.</source>
        <translation>The database file is not encrypted: refusing to use it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database could not be upgraded; nothing was changed.</source>
        <translation>The database could not be upgraded; nothing was changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>The disk is full: nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace&apos;s disk or folder is read-only: nothing was saved. Ask the administrator to check its permissions.</source>
        <translation>The workspace&apos;s disk or folder is read-only: nothing was saved. Ask the administrator to check its permissions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk holding the workspace cannot be read or written (removed, failing or disconnected): nothing was saved.</source>
        <translation>The disk holding the workspace cannot be read or written (removed, failing or disconnected): nothing was saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace database is damaged. Nothing was changed; close MotCua and call the administrator (motcua-cli audit verify).</source>
        <translation>The workspace database is damaged. Nothing was changed; close MotCua and call the administrator (motcua-cli audit verify).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace is busy with another program for too long: nothing was saved. Try again in a moment.</source>
        <translation>The workspace is busy with another program for too long: nothing was saved. Try again in a moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough memory to finish: nothing was saved. Close other programs and try again.</source>
        <translation>Not enough memory to finish: nothing was saved. Close other programs and try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace database cannot be opened. Nothing was changed; try again, or call the administrator.</source>
        <translation>The workspace database cannot be opened. Nothing was changed; try again, or call the administrator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace database could not answer. Nothing was changed; try again.</source>
        <translation>The workspace database could not answer. Nothing was changed; try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>The change could not be saved to the workspace database; nothing was saved. Try again.</source>
        <translation>The change could not be saved to the workspace database; nothing was saved. Try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This installation lacks the encryption library: refusing to open the workspace.</source>
        <translation>This installation lacks the encryption library: refusing to open the workspace.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace was written by a newer version of MotCua: update this program.</source>
        <translation>The workspace was written by a newer version of MotCua: update this program.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace could not be re-encrypted with a new key; the old key still opens it.</source>
        <translation>The workspace could not be re-encrypted with a new key; the old key still opens it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a counter officer may receive dossiers.</source>
        <translation>Only a counter officer may receive dossiers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session is locked: sign in again to continue.</source>
        <translation>The session is locked: sign in again to continue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This procedure has no declaration form.</source>
        <translation>This procedure has no declaration form.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The declaration form has no field of that name.</source>
        <translation>The declaration form has no field of that name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A field of the declaration was given twice.</source>
        <translation>A field of the declaration was given twice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A required field of the declaration is empty.</source>
        <translation>A required field of the declaration is empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ID number must have 12 digits, the first three a province code.</source>
        <translation>An ID number must have 12 digits, the first three a province code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a date: type it as ddMMyyyy, dd/MM/yyyy or YYYY-MM-DD.</source>
        <translation>Not a date: type it as ddMMyyyy, dd/MM/yyyy or YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a year: type four digits.</source>
        <translation>Not a year: type four digits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a date or a year: type ddMMyyyy, dd/MM/yyyy, or the year alone (four digits).</source>
        <translation>Not a date or a year: type ddMMyyyy, dd/MM/yyyy, or the year alone (four digits).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a Vietnamese phone number (0 or +84, then 8 to 10 digits).</source>
        <translation>Not a Vietnamese phone number (0 or +84, then 8 to 10 digits).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an e-mail address.</source>
        <translation>Not an e-mail address.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value is not one of the form&apos;s choices.</source>
        <translation>The value is not one of the form&apos;s choices.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a whole number.</source>
        <translation>Not a whole number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text is too long or holds control characters.</source>
        <translation>The text is too long or holds control characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The declaration is too long for its printed QR code: shorten the longest fields.</source>
        <translation>The declaration is too long for its printed QR code: shorten the longest fields.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The form definition file is not valid JSON.</source>
        <translation>The form definition file is not valid JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The form definition file has an error.</source>
        <translation>The form definition file has an error.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two form definition files have the same form and version.</source>
        <translation>Two form definition files have the same form and version.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The form definition file cannot be read.</source>
        <translation>The form definition file cannot be read.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The declaration&apos;s QR code does not match its data: the data were changed and are not used.</source>
        <translation>The declaration&apos;s QR code does not match its data: the data were changed and are not used.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The declaration was printed with a form version this counter does not know: update the form definitions, or type the declaration.</source>
        <translation>The declaration was printed with a form version this counter does not know: update the form definitions, or type the declaration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The declaration&apos;s QR code cannot be read.</source>
        <translation>The declaration&apos;s QR code cannot be read.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The declaration&apos;s QR code is of a newer format than this MotCua reads.</source>
        <translation>The declaration&apos;s QR code is of a newer format than this MotCua reads.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the procedure first.</source>
        <translation>Choose the procedure first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The procedure is not in the catalog.</source>
        <translation>The procedure is not in the catalog.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant is missing.</source>
        <translation>The applicant is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant&apos;s ID number must have 12 digits.</source>
        <translation>The applicant&apos;s ID number must have 12 digits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant&apos;s full name is missing.</source>
        <translation>The applicant&apos;s full name is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A required component is missing: the dossier cannot be received. Request a supplement (Form 02) or refuse it (Form 03).</source>
        <translation>A required component is missing: the dossier cannot be received. Request a supplement (Form 02) or refuse it (Form 03).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The procedure publishes no time limit: set the appointment by hand.</source>
        <translation>The procedure publishes no time limit: set the appointment by hand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A refusal needs at least one reason.</source>
        <translation>A refusal needs at least one reason.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is missing: there is nothing to request.</source>
        <translation>Nothing is missing: there is nothing to request.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A page of the receipt is no longer in the store: scan it again.</source>
        <translation>A page of the receipt is no longer in the store: scan it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not the QR code of an ID card.</source>
        <translation>This is not the QR code of an ID card.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A separator sheet names no component of this procedure.</source>
        <translation>A separator sheet names no component of this procedure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This dossier is not waiting for a supplement requested at the counter.</source>
        <translation>This dossier is not waiting for a supplement requested at the counter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No page to file was found.</source>
        <translation>No page to file was found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every page of a component is blank.</source>
        <translation>Every page of a component is blank.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A saved receipt draft cannot be read.</source>
        <translation>A saved receipt draft cannot be read.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role does not allow this action on the dossier.</source>
        <translation>Your role does not allow this action on the dossier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This action is not possible in the dossier&apos;s current status.</source>
        <translation>This action is not possible in the dossier&apos;s current status.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another officer holds this dossier.</source>
        <translation>Another officer holds this dossier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This dossier belongs to another office.</source>
        <translation>This dossier belongs to another office.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The action lacks information it needs.</source>
        <translation>The action lacks information it needs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The action must be recorded by the signed-in officer.</source>
        <translation>The action must be recorded by the signed-in officer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundled dossier has no such part.</source>
        <translation>This bundled dossier has no such part.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some parts of this bundled dossier have no result yet.</source>
        <translation>Some parts of this bundled dossier have no result yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no active officer with that login to hand the dossier to.</source>
        <translation>There is no active officer with that login to hand the dossier to.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no unit with that code whose pool could take the dossier.</source>
        <translation>There is no unit with that code whose pool could take the dossier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A unit&apos;s pool cannot approve: submit the dossier to a supervisor instead.</source>
        <translation>A unit&apos;s pool cannot approve: submit the dossier to a supervisor instead.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This action needs a reason or a note.</source>
        <translation>This action needs a reason or a note.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An extension is 1 to 365 working days.</source>
        <translation>An extension is 1 to 365 working days.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rating is a whole number from 1 to 5.</source>
        <translation>A rating is a whole number from 1 to 5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identify who collects the result (the QR code of their ID card).</source>
        <translation>Identify who collects the result (the QR code of their ID card).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A result needs its document and its number.</source>
        <translation>A result needs its document and its number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supplied component needs at least one page.</source>
        <translation>A supplied component needs at least one page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The procedure publishes no time limit: the submission cannot be accepted with a due moment.</source>
        <translation>The procedure publishes no time limit: the submission cannot be accepted with a due moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stored page no longer matches its fingerprint: it may have been altered.</source>
        <translation>A stored page no longer matches its fingerprint: it may have been altered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A page is missing from the store.</source>
        <translation>A page is missing from the store.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned pages could not be put into their component: scan them again.</source>
        <translation>Scanned pages could not be put into their component: scan them again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read as an image.</source>
        <translation>The file cannot be read as an image.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kind of file cannot be imported.</source>
        <translation>This kind of file cannot be imported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file is damaged or protected.</source>
        <translation>The PDF file is damaged or protected.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read as an image or a PDF.</source>
        <translation>The file cannot be read as an image or a PDF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image file is incomplete or damaged (for example cut short while copying or sending): nothing was imported from it. Ask for the file again or scan the paper.</source>
        <translation>The image file is incomplete or damaged (for example cut short while copying or sending): nothing was imported from it. Ask for the file again or scan the paper.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID card&apos;s QR code is incomplete: read it again.</source>
        <translation>The ID card&apos;s QR code is incomplete: read it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID card&apos;s QR code has no valid 12-digit number.</source>
        <translation>The ID card&apos;s QR code has no valid 12-digit number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID card&apos;s QR code has an invalid date of birth.</source>
        <translation>The ID card&apos;s QR code has an invalid date of birth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID card&apos;s QR code has an invalid issue date.</source>
        <translation>The ID card&apos;s QR code has an invalid issue date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text read is too long to be an ID card&apos;s QR code.</source>
        <translation>The text read is too long to be an ID card&apos;s QR code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID card&apos;s QR code holds bytes that are not valid text: read it again.</source>
        <translation>The ID card&apos;s QR code holds bytes that are not valid text: read it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID card&apos;s QR code has no name.</source>
        <translation>The ID card&apos;s QR code has no name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID card&apos;s QR code gives a date of birth in the future.</source>
        <translation>The ID card&apos;s QR code gives a date of birth in the future.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID card&apos;s QR code gives an issue date before the date of birth.</source>
        <translation>The ID card&apos;s QR code gives an issue date before the date of birth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID card&apos;s QR code gives an issue date in the future.</source>
        <translation>The ID card&apos;s QR code gives an issue date in the future.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An event from the portal does not follow the chain of events this computer holds (one is missing or was altered): it was not stored. Sync again; if it persists, tell the supervisor.</source>
        <translation>An event from the portal does not follow the chain of events this computer holds (one is missing or was altered): it was not stored. Sync again; if it persists, tell the supervisor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An event from the portal takes the place of another event already stored here: it was not stored. Tell the supervisor.</source>
        <translation>An event from the portal takes the place of another event already stored here: it was not stored. Tell the supervisor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An event from the portal takes the place of another event of the office already stored here: it was not stored. Tell the supervisor.</source>
        <translation>An event from the portal takes the place of another event of the office already stored here: it was not stored. Tell the supervisor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal sent other sequence numbers for an event this computer already holds: nothing was changed. Tell the supervisor.</source>
        <translation>The portal sent other sequence numbers for an event this computer already holds: nothing was changed. Tell the supervisor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal answered for an event this computer does not hold.</source>
        <translation>The portal answered for an event this computer does not hold.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scanner was found.</source>
        <translation>No scanner was found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scanner stopped answering; the pages already scanned are kept. Try again.</source>
        <translation>The scanner stopped answering; the pages already scanned are kept. Try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scanner driver failed; the pages already scanned are kept. Try again.</source>
        <translation>The scanner driver failed; the pages already scanned are kept. Try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scanner is busy.</source>
        <translation>The scanner is busy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scanner cannot be opened: check that it is switched on and connected.</source>
        <translation>The scanner cannot be opened: check that it is switched on and connected.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The form could not be saved as a PDF file.</source>
        <translation>The form could not be saved as a PDF file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The form could not be drawn for printing.</source>
        <translation>The form could not be drawn for printing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no dossier with this code in this workspace.</source>
        <translation>There is no dossier with this code in this workspace.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored page cannot be decoded as an image.</source>
        <translation>The stored page cannot be decoded as an image.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A citizen&apos;s ID number has 12 digits.</source>
        <translation>A citizen&apos;s ID number has 12 digits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The citizen&apos;s full name is missing.</source>
        <translation>The citizen&apos;s full name is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device has not synced with the portal for several days: connect it, or carry a bundle, soon.</source>
        <translation>This device has not synced with the portal for several days: connect it, or carry a bundle, soon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device has not synced with the portal for too long: new dossiers cannot be received until it syncs (connect it, or carry a bundle to a connected computer).</source>
        <translation>This device has not synced with the portal for too long: new dossiers cannot be received until it syncs (connect it, or carry a bundle to a connected computer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many dossiers on this device have not reached the portal: new dossiers cannot be received until it syncs.</source>
        <translation>Too many dossiers on this device have not reached the portal: new dossiers cannot be received until it syncs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workspace is stand-alone (made with init): it is not enrolled on a portal and cannot sync. Enroll a new workspace with enroll --portal URL.</source>
        <translation>This workspace is stand-alone (made with init): it is not enrolled on a portal and cannot sync. Enroll a new workspace with enroll --portal URL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A workspace already exists in this folder: enrollment creates a new workspace and never converts an existing one (its dossier codes were minted as device 01). Choose an empty folder.</source>
        <translation>A workspace already exists in this folder: enrollment creates a new workspace and never converts an existing one (its dossier codes were minted as device 01). Choose an empty folder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workspace is enrolled on a portal already.</source>
        <translation>This workspace is enrolled on a portal already.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal address must be an http:// or https:// URL with a host name.</source>
        <translation>The portal address must be an http:// or https:// URL with a host name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal cannot be reached (no connection, or the connection was cut): nothing was lost, the next sync tries again.</source>
        <translation>The portal cannot be reached (no connection, or the connection was cut): nothing was lost, the next sync tries again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal did not answer in time: nothing was lost, the next sync tries again.</source>
        <translation>The portal did not answer in time: nothing was lost, the next sync tries again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal had an internal error: nothing was lost, the next sync tries again.</source>
        <translation>The portal had an internal error: nothing was lost, the next sync tries again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal is unavailable for the moment: nothing was lost, the next sync tries again.</source>
        <translation>The portal is unavailable for the moment: nothing was lost, the next sync tries again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal refused the request.</source>
        <translation>The portal refused the request.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some items are not yet accepted by the portal.</source>
        <translation>Some items are not yet accepted by the portal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal did not answer for this item: it will be sent again.</source>
        <translation>The portal did not answer for this item: it will be sent again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal sent changes this program cannot read: nothing was stored.</source>
        <translation>The portal sent changes this program cannot read: nothing was stored.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to export: the portal has accepted every event of this device.</source>
        <translation>There is nothing to export: the portal has accepted every event of this device.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle file cannot be read or written.</source>
        <translation>The bundle file cannot be read or written.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle could not be sealed.</source>
        <translation>The bundle could not be sealed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal&apos;s public key stored at enrollment is damaged.</source>
        <translation>The portal&apos;s public key stored at enrollment is damaged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal gives this officer no role on a counter device.</source>
        <translation>The portal gives this officer no role on a counter device.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workspace is enrolled on a portal, which is the source of truth for officers, the catalog and the calendar: make this change on the portal; the next sync brings it here.</source>
        <translation>This workspace is enrolled on a portal, which is the source of truth for officers, the catalog and the calendar: make this change on the portal; the next sync brings it here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This item is not in the outbox.</source>
        <translation>This item is not in the outbox.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong login or password on the portal.</source>
        <translation>Wrong login or password on the portal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal asked to sign in again.</source>
        <translation>The portal asked to sign in again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal did not accept this device&apos;s sign-in.</source>
        <translation>The portal did not accept this device&apos;s sign-in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal&apos;s sign-in ran out; the next sync signs in again.</source>
        <translation>The portal&apos;s sign-in ran out; the next sync signs in again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal did not accept this device&apos;s signature (is this computer&apos;s clock right?).</source>
        <translation>The portal did not accept this device&apos;s signature (is this computer&apos;s clock right?).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal refused: this belongs to an office this device may not act for.</source>
        <translation>The portal refused: this belongs to an office this device may not act for.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This officer belongs to another office: only officers of this computer&apos;s office can sign in here.</source>
        <translation>This officer belongs to another office: only officers of this computer&apos;s office can sign in here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal&apos;s key for this computer does not open this workspace: ask the administrator to check the enrollment.</source>
        <translation>The portal&apos;s key for this computer does not open this workspace: ask the administrator to check the enrollment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device&apos;s enrollment was revoked on the portal: it can no longer sync.</source>
        <translation>This device&apos;s enrollment was revoked on the portal: it can no longer sync.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal does not know this device.</source>
        <translation>The portal does not know this device.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office already has 99 enrolled devices.</source>
        <translation>The office already has 99 enrolled devices.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal has no such item.</source>
        <translation>The portal has no such item.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal could not read the request.</source>
        <translation>The portal could not read the request.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is too large for the portal.</source>
        <translation>The request is too large for the portal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A page sent to the portal arrived damaged: it will be sent again.</source>
        <translation>A page sent to the portal arrived damaged: it will be sent again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A page upload was out of step with the portal: it resumes at the next sync.</source>
        <translation>A page upload was out of step with the portal: it resumes at the next sync.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal does not have a page of this item yet: it will be sent again after the page.</source>
        <translation>The portal does not have a page of this item yet: it will be sent again after the page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal did not accept the signature of the items sent.</source>
        <translation>The portal did not accept the signature of the items sent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle was changed or damaged after it was made: refused whole, nothing was stored.</source>
        <translation>The bundle was changed or damaged after it was made: refused whole, nothing was stored.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This event does not follow the previous one of its device: the missing one is sent first.</source>
        <translation>This event does not follow the previous one of its device: the missing one is sent first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another event already holds this place in the device&apos;s chain.</source>
        <translation>Another event already holds this place in the device&apos;s chain.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal could not read this event.</source>
        <translation>The portal could not read this event.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal gave this event another place than before: it was not changed here.</source>
        <translation>The portal gave this event another place than before: it was not changed here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This event is not in this workspace.</source>
        <translation>This event is not in this workspace.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The operation failed (error %1).</source>
        <translation>The operation failed (error %1).</translation>
    </message>
</context>
<context>
    <name>motcua::FirstRunWizard</name>
    <message>
        <location filename="../ui/FirstRunWizard.cpp" line="+183"/>
        <source>MotCua — First start</source>
        <translation>MotCua — First start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to MotCua</source>
        <translation>Welcome to MotCua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no workspace on this PC yet (%1). Choose how this counter PC starts:</source>
        <translation>There is no workspace on this PC yet (%1). Choose how this counter PC starts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enroll this PC with the portal</source>
        <translation>Enroll this PC with the portal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a stand-alone workspace</source>
        <translation>Create a stand-alone workspace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with your portal account. The PC gets its device number and key from the portal, and the office, the catalog and the calendar come from there. Your portal password also becomes your password on this PC.</source>
        <translation>Sign in with your portal account. The PC gets its device number and key from the portal, and the office, the catalog and the calendar come from there. Your portal password also becomes your password on this PC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Portal address:</source>
        <translation>Portal address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enroll</source>
        <translation>&amp;Enroll</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>A stand-alone workspace works without the portal and never syncs: everything stays on this PC. It cannot be enrolled later (its dossier codes were not given by the portal). You become its first officer, with every role.</source>
        <translation>A stand-alone workspace works without the portal and never syncs: everything stays on this PC. It cannot be enrolled later (its dossier codes were not given by the portal). You become its first officer, with every role.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office code:</source>
        <translation>Office code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office name:</source>
        <translation>Office name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a province office (not a commune)</source>
        <translation>This is a province office (not a commune)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your login:</source>
        <translation>Your login:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your full name:</source>
        <translation>Your full name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password (at least 8 characters):</source>
        <translation>Password (at least 8 characters):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the password:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The portal at %1 cannot be reached. Check the address and this PC&apos;s network connection, then try again.</source>
        <translation>The portal at %1 cannot be reached. Check the address and this PC&apos;s network connection, then try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal refused this login and password. Check them (letter case counts) and try again.</source>
        <translation>The portal refused this login and password. Check them (letter case counts) and try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your office already has the most devices the portal allows (99). Ask the portal administrator to revoke a PC that is no longer used, then try again.</source>
        <translation>Your office already has the most devices the portal allows (99). Ask the portal administrator to revoke a PC that is no longer used, then try again.</translation>
    </message>
</context>
<context>
    <name>motcua::FormOutput</name>
    <message>
        <location filename="../ui/receive/FormOutput.cpp" line="+53"/>
        <source>Save the slip as PDF</source>
        <translation>Save the slip as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>motcua::FormView</name>
    <message>
        <location filename="../ui/forms/FormView.cpp" line="+50"/>
        <source>Declaration: %1</source>
        <translation>Declaration: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Print for signature</source>
        <translation>Print for signature</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tab: next field  ·  Enter: accept a suggestion, go to the next field to fill, or print when none is left  ·  dates as ddMMyyyy  ·  places: type part of a name, ↓ and Enter to pick  ·  people (a parent, the deceased …): type part of the name or the ID number, ↓ and Enter to fill them in</source>
        <translation>Tab: next field  ·  Enter: accept a suggestion, go to the next field to fill, or print when none is left  ·  dates as ddMMyyyy  ·  places: type part of a name, ↓ and Enter to pick  ·  people (a parent, the deceased …): type part of the name or the ID number, ↓ and Enter to fill them in</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Printed to %1: give it to the applicant to sign, then scan the signed page into the component.</source>
        <translation>Printed to %1: give it to the applicant to sign, then scan the signed page into the component.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>ddMMyyyy</source>
        <translation>ddMMyyyy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ddMMyyyy or yyyy</source>
        <translation>ddMMyyyy or yyyy</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>From the ID card (CCCD)</source>
        <translation>From the ID card (CCCD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the citizen records</source>
        <translation>From the citizen records</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the applicant step</source>
        <translation>From the applicant step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This office</source>
        <translation>This office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usual value</source>
        <translation>Usual value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested: Enter accepts it</source>
        <translation>Suggested: Enter accepts it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From dossier %1</source>
        <translation>From dossier %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>A suggestion: press Enter to accept it, or type the right value.</source>
        <translation>A suggestion: press Enter to accept it, or type the right value.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Complete the declaration before printing it.</source>
        <translation>Complete the declaration before printing it.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printed: give it to the applicant to sign, then scan the signed page into the component.</source>
        <translation>Printed: give it to the applicant to sign, then scan the signed page into the component.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Suggested, accepted</source>
        <translation>Suggested, accepted</translation>
    </message>
</context>
<context>
    <name>motcua::FramedDialog</name>
    <message>
        <location filename="../ui/FramedDialog.cpp" line="+58"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>motcua::LoginWindow</name>
    <message>
        <location filename="../ui/LoginWindow.cpp" line="+141"/>
        <source>Enter your officer login.</source>
        <translation>Enter your officer login.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Try again in %n second(s)</source>
        <translation>
            <numerusform>Try again in %n second</numerusform>
            <numerusform>Try again in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading the workspace…</source>
        <translation>Reading the workspace…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No workspace</source>
        <translation>No workspace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no workspace in %1 yet. An administrator creates one with:
motcua-cli --workspace &quot;%1&quot; --officer LOGIN init --office CODE --name &quot;FULL NAME&quot; --office-name &quot;OFFICE NAME&quot;
(the first officer&apos;s password comes from MOTCUA_PASSWORD).</source>
        <translation>There is no workspace in %1 yet. An administrator creates one with:
motcua-cli --workspace &quot;%1&quot; --officer LOGIN init --office CODE --name &quot;FULL NAME&quot; --office-name &quot;OFFICE NAME&quot;
(the first officer&apos;s password comes from MOTCUA_PASSWORD).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office %1</source>
        <translation>Office %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office code: %1</source>
        <translation>Office code: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MotCua — Sign in</source>
        <translation>MotCua — Sign in</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Locked: %1 (%2) was working here. Enter the password to continue, or choose &quot;Switch officer&quot;.</source>
        <translation>Locked: %1 (%2) was working here. Enter the password to continue, or choose &quot;Switch officer&quot;.</translation>
    </message>
</context>
<context>
    <name>motcua::LookupPage</name>
    <message>
        <location filename="../ui/pages/LookupPage.cpp" line="+30"/>
        <source>read as a dossier code</source>
        <translation>read as a dossier code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read as a lookup code</source>
        <translation>read as a lookup code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read as an ID number</source>
        <translation>read as an ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read as an old ID number</source>
        <translation>read as an old ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read as a phone number</source>
        <translation>read as a phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read as a name</source>
        <translation>read as a name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read as the start of a dossier code</source>
        <translation>read as the start of a dossier code</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Lookup</source>
        <translation>Lookup</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old ID number: %1</source>
        <translation>Old ID number: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reusable documents in the data warehouse.</source>
        <translation>No reusable documents in the data warehouse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>electronic copy on this computer</source>
        <translation>electronic copy on this computer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no electronic copy available here</source>
        <translation>no electronic copy available here</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The search could not be completed: %1</source>
        <translation>The search could not be completed: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No dossier received %1.</source>
        <translation>No dossier received %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dossier(s) received %1.</source>
        <translation>
            <numerusform>%n dossier received %1.</numerusform>
            <numerusform>%n dossiers received %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to search; Down moves to the results, Enter opens a dossier.</source>
        <translation>Type to search; Down moves to the results, Enter opens a dossier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type or scan to search. Down moves to the results, Enter opens a dossier.</source>
        <translation>Type or scan to search. Down moves to the results, Enter opens a dossier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep typing: a full ID number (12 digits), old ID (9), phone (10) or a name.</source>
        <translation>Keep typing: a full ID number (12 digits), old ID (9), phone (10) or a name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found</source>
        <translation>Nothing found</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n citizen(s)</source>
        <translation>
            <numerusform>%n citizen</numerusform>
            <numerusform>%n citizens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search dossiers and citizens by dossier code (or its start, e.g. the day 261207), lookup code, ID number, phone number or name (diacritics optional). With nothing typed: the dossiers received in the chosen period.</source>
        <translation>Search dossiers and citizens by dossier code (or its start, e.g. the day 261207), lookup code, ID number, phone number or name (diacritics optional). With nothing typed: the dossiers received in the chosen period.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dossier code (or its start), lookup code, ID number, phone or name…</source>
        <translation>Dossier code (or its start), lookup code, ID number, phone or name…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date range</source>
        <translation>Date range</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers received in this period, listed while the search field is empty</source>
        <translation>Dossiers received in this period, listed while the search field is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>motcua::LookupResultsModel</name>
    <message>
        <location filename="../ui/pages/LookupPageModel.cpp" line="+70"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (late)</source>
        <translation>%1 (late)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lookup code: %1</source>
        <translation>Lookup code: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>born %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Old ID number: %1</source>
        <translation>Old ID number: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code / ID number</source>
        <translation>Code / ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure / details</source>
        <translation>Procedure / details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status / phone</source>
        <translation>Status / phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>motcua::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+122"/>
        <location line="+216"/>
        <source>%n failed sign-in attempt(s) for your login since your last sign-in.</source>
        <translation>
            <numerusform>%n failed sign-in attempt for your login since your last sign-in.</numerusform>
            <numerusform>%n failed sign-in attempts for your login since your last sign-in.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Choose &amp;scanner…</source>
        <translation>Choose &amp;scanner…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stand-alone</source>
        <translation>Stand-alone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to sync: %1</source>
        <translation>Waiting to sync: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>New receipts are blocked: %n dossier(s) on this PC have not reached the portal yet, more than the portal allows. Connect this PC to the network and press &quot;Sync now&quot; on the Sync page; receipts resume once they are sent.</source>
        <translation>
            <numerusform>New receipts are blocked: %n dossier on this PC has not reached the portal yet, more than the portal allows. Connect this PC to the network and press &quot;Sync now&quot; on the Sync page; receipts resume once they are sent.</numerusform>
            <numerusform>New receipts are blocked: %n dossiers on this PC have not reached the portal yet, more than the portal allows. Connect this PC to the network and press &quot;Sync now&quot; on the Sync page; receipts resume once they are sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>New receipts are blocked: this PC has not synced with the portal for %n day(s), longer than the portal allows. Connect it to the network and press &quot;Sync now&quot; on the Sync page (or carry a bundle to a connected PC); receipts resume after a complete sync.</source>
        <translation>
            <numerusform>New receipts are blocked: this PC has not synced with the portal for %n day, longer than the portal allows. Connect it to the network and press &quot;Sync now&quot; on the Sync page (or carry a bundle to a connected PC); receipts resume after a complete sync.</numerusform>
            <numerusform>New receipts are blocked: this PC has not synced with the portal for %n days, longer than the portal allows. Connect it to the network and press &quot;Sync now&quot; on the Sync page (or carry a bundle to a connected PC); receipts resume after a complete sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>This PC has not synced with the portal for %n day(s). Connect it to the network and press &quot;Sync now&quot; on the Sync page: after %1 days without sync, new receipts are blocked.</source>
        <translation>
            <numerusform>This PC has not synced with the portal for %n day. Connect it to the network and press &quot;Sync now&quot; on the Sync page: after %1 days without sync, new receipts are blocked.</numerusform>
            <numerusform>This PC has not synced with the portal for %n days. Connect it to the network and press &quot;Sync now&quot; on the Sync page: after %1 days without sync, new receipts are blocked.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
</context>
<context>
    <name>motcua::OfficerPickerModel</name>
    <message>
        <location filename="../ui/casework/OfficerPickerModel.cpp" line="+49"/>
        <source>Pool of unit %1 (any processing officer takes it)</source>
        <translation>Pool of unit %1 (any processing officer takes it)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) — %3</source>
        <comment>name, login, roles</comment>
        <translation>%1 (%2) — %3</translation>
    </message>
</context>
<context>
    <name>motcua::OfficerTableModel</name>
    <message>
        <location filename="../ui/pages/OfficerTableModel.cpp" line="+48"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>motcua::PageStrip</name>
    <message>
        <location filename="../ui/receive/PageStrip.cpp" line="+56"/>
        <source>set aside</source>
        <translation>set aside</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ctrl+←/→ move · R rotate · Space set aside/restore · Delete remove</source>
        <translation>Ctrl+←/→ move · R rotate · Space set aside/restore · Delete remove</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Move left</source>
        <translation>Move left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move right</source>
        <translation>Move right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate</source>
        <translation>Rotate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set aside / restore</source>
        <translation>Set aside / restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>motcua::PlaceholderPage</name>
    <message>
        <location filename="../ui/pages/PlaceholderPage.cpp" line="+21"/>
        <source>This page is being built and arrives with a coming version.</source>
        <translation>This page is being built and arrives with a coming version.</translation>
    </message>
</context>
<context>
    <name>motcua::ProcedureStep</name>
    <message>
        <location filename="../ui/receive/ProcedureStep.cpp" line="+134"/>
        <source>favourite</source>
        <translation>favourite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>used recently</source>
        <translation>used recently</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No procedure matches. Try fewer letters, or the code.</source>
        <translation>No procedure matches. Try fewer letters, or the code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter: choose  ·  ↓: move through the list  ·  Ctrl+D: favourite</source>
        <translation>Enter: choose  ·  ↓: move through the list  ·  Ctrl+D: favourite</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>1. Procedure</source>
        <translation>1. Procedure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a few letters of the name (diacritics optional) or the code</source>
        <translation>Type a few letters of the name (diacritics optional) or the code</translation>
    </message>
</context>
<context>
    <name>motcua::QueueTableModel</name>
    <message>
        <location filename="../ui/pages/QueueTableModel.cpp" line="+135"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due within a working day</source>
        <translation>due within a working day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clock paused</source>
        <translation>clock paused</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (awaiting approval)</source>
        <translation>%1 (awaiting approval)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 — %n conflict(s)</source>
        <translation>
            <numerusform>%1 — %n conflict</numerusform>
            <numerusform>%1 — %n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>motcua::RatingWindow</name>
    <message>
        <location filename="../ui/casework/RatingWindow.cpp" line="+121"/>
        <source>Rate our service</source>
        <translation>Rate our service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for using our service</source>
        <translation>Thank you for using our service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How satisfied are you with the handling of dossier %1?</source>
        <translation>How satisfied are you with the handling of dossier %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acceptable</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Touch a button or press 1 to 5.</source>
        <translation>Touch a button or press 1 to 5.</translation>
    </message>
</context>
<context>
    <name>motcua::ReceivePage</name>
    <message>
        <location filename="../ui/pages/ReceivePage.cpp" line="+85"/>
        <source>The session locked before these pages were stored: scan or import them again.</source>
        <translation>The session locked before these pages were stored: scan or import them again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These pages were not stored: %1 Scan or import them again.</source>
        <translation>These pages were not stored: %1 Scan or import them again.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Importing into component %1: %n page(s) stored…</source>
        <translation>
            <numerusform>Importing into component %1: %n page stored…</numerusform>
            <numerusform>Importing into component %1: %n pages stored…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Draft saved at %1</source>
        <translation>Draft saved at %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location line="+253"/>
        <source>Read the ID card from an image</source>
        <translation>Read the ID card from an image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import the component&apos;s files</source>
        <translation>Import the component&apos;s files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>1  Procedure</source>
        <translation>1  Procedure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2  Applicant</source>
        <translation>2  Applicant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3  Components</source>
        <translation>3  Components</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4  Decision</source>
        <translation>4  Decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>writing…</source>
        <translation>writing…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dossier %1 written.</source>
        <translation>Dossier %1 written.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Missing: %1.</source>
        <translation>Missing: %1.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Throw away this receipt?</source>
        <translation>Throw away this receipt?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was entered for this receipt (procedure, applicant, scanned pages) will be thrown away.</source>
        <translation>What was entered for this receipt (procedure, applicant, scanned pages) will be thrown away.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next →  (Enter)</source>
        <translation>Next →  (Enter)</translation>
    </message>
</context>
<context>
    <name>motcua::ReceiveText</name>
    <message>
        <location filename="../ui/receive/ReceiveText.cpp" line="+8"/>
        <source>no published time limit</source>
        <translation>no published time limit</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n working hour(s)</source>
        <translation>
            <numerusform>%n working hour</numerusform>
            <numerusform>%n working hours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within the day</source>
        <translation>within the day</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>blank page, set aside</source>
        <translation>blank page, set aside</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blurred</source>
        <translation>blurred</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolution too low</source>
        <translation>resolution too low</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skewed</source>
        <translation>skewed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too dark</source>
        <translation>too dark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too light</source>
        <translation>too light</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fewer pages than expected</source>
        <translation>fewer pages than expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quality check: %1</source>
        <translation>quality check: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The ID number starts with %1, which is no province code.</source>
        <translation>The ID number starts with %1, which is no province code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ID number&apos;s century digit (%1) does not match the year of birth %2.</source>
        <translation>The ID number&apos;s century digit (%1) does not match the year of birth %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ID number&apos;s gender digit (%1) does not match the gender on the card (%2).</source>
        <translation>The ID number&apos;s gender digit (%1) does not match the gender on the card (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ID number&apos;s year digits (%1) do not match the year of birth %2.</source>
        <translation>The ID number&apos;s year digits (%1) do not match the year of birth %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card&apos;s issue date %1 is before the date of birth %2.</source>
        <translation>The card&apos;s issue date %1 is before the date of birth %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gender on the card (%1) is not recognised.</source>
        <translation>The gender on the card (%1) is not recognised.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The old ID number has %1 digits instead of 9.</source>
        <translation>The old ID number has %1 digits instead of 9.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The card needs a look (%1).</source>
        <translation>The card needs a look (%1).</translation>
    </message>
</context>
<context>
    <name>motcua::Reprinter</name>
    <message>
        <location filename="../ui/Reprinter.cpp" line="+55"/>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
</context>
<context>
    <name>motcua::ReturnDialog</name>
    <message>
        <location filename="../ui/casework/ReturnDialog.cpp" line="+49"/>
        <source>The ID card&apos;s picture</source>
        <translation>The ID card&apos;s picture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The rating window was closed without a rating: ask again, or return without rating.</source>
        <translation>The rating window was closed without a rating: ask again, or return without rating.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the citizen&apos;s rating on the rating window…</source>
        <translation>Waiting for the citizen&apos;s rating on the rating window…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Collector&apos;s ID card</source>
        <translation>Collector&apos;s ID card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the QR from a picture…</source>
        <translation>Read the QR from a picture…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number (or the card&apos;s QR text)</source>
        <translation>ID number (or the card&apos;s QR text)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return without rating</source>
        <translation>Return without rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for the rating and return</source>
        <translation>Ask for the rating and return</translation>
    </message>
</context>
<context>
    <name>motcua::RoleText</name>
    <message>
        <location filename="../ui/RoleText.cpp" line="+12"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
</context>
<context>
    <name>motcua::ScannerChooser</name>
    <message>
        <location filename="../ui/ScannerChooser.cpp" line="+66"/>
        <source>No scanner was found. Check that it is switched on and connected, then refresh.</source>
        <translation>No scanner was found. Check that it is switched on and connected, then refresh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the scanner of this counter:</source>
        <translation>Choose the scanner of this counter:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking for scanners…</source>
        <translation>Looking for scanners…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose scanner</source>
        <translation>Choose scanner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
</context>
<context>
    <name>motcua::SupplementDialog</name>
    <message>
        <location filename="../ui/SupplementDialog.cpp" line="+66"/>
        <source>Import the component&apos;s files</source>
        <translation>Import the component&apos;s files</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>no page yet</source>
        <translation>no page yet</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supplement received</source>
        <translation>Supplement received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement for dossier %1</source>
        <translation>Supplement for dossier %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the request to supplement (Form 02)…</source>
        <translation>Reading the request to supplement (Form 02)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 brings what the request to supplement (Form 02) asked for. Import the pages of each component below; the dossier is then received and the receipt with the appointment date (Form 01) is printed.</source>
        <translation>%1 brings what the request to supplement (Form 02) asked for. Import the pages of each component below; the dossier is then received and the receipt with the appointment date (Form 01) is printed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receive and print Form 01</source>
        <translation>Receive and print Form 01</translation>
    </message>
</context>
<context>
    <name>motcua::SyncAge</name>
    <message>
        <location filename="../ui/sync/SyncAge.cpp" line="+8"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::SyncItemModel</name>
    <message>
        <location filename="../ui/sync/SyncItemModel.cpp" line="+42"/>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted by the portal</source>
        <translation>Accepted by the portal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed, will be retried</source>
        <translation>Failed, will be retried</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the portal</source>
        <translation>Refused by the portal</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>At the next sync</source>
        <translation>At the next sync</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next try</source>
        <translation>Next try</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>motcua::SyncPage</name>
    <message>
        <location filename="../ui/pages/SyncPage.cpp" line="+131"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry the selected item</source>
        <translation>&amp;Retry the selected item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also show items the portal accepted</source>
        <translation>Also show items the portal accepted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This workspace is stand-alone: it was created on this computer (motcua-cli init), not enrolled with the provincial portal, so it never syncs. Everything recorded here stays in this computer&apos;s encrypted store. To work with the portal, enroll this PC: start MotCua with --enroll and a new, empty workspace folder.</source>
        <translation>This workspace is stand-alone: it was created on this computer (motcua-cli init), not enrolled with the provincial portal, so it never syncs. Everything recorded here stays in this computer&apos;s encrypted store. To work with the portal, enroll this PC: start MotCua with --enroll and a new, empty workspace folder.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Portal: %1 · office %2 · device no. %3</source>
        <translation>Portal: %1 · office %2 · device no. %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last complete sync: %1 (%2).</source>
        <translation>Last complete sync: %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC has not completed a sync yet.</source>
        <translation>This PC has not completed a sync yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nothing is waiting to be sent.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) not yet accepted by the portal.</source>
        <translation>
            <numerusform>%n item not yet accepted by the portal.</numerusform>
            <numerusform>%n items not yet accepted by the portal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed (retried automatically).</source>
        <translation>
            <numerusform>%n failed (retried automatically).</numerusform>
            <numerusform>%n failed (retried automatically).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused by the portal (see the reason, then retry).</source>
        <translation>
            <numerusform>%n refused by the portal (see the reason, then retry).</numerusform>
            <numerusform>%n refused by the portal (see the reason, then retry).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last sync did not finish: %1</source>
        <translation>The last sync did not finish: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sending events</source>
        <translation>Sending events</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending pages</source>
        <translation>Sending pages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving changes</source>
        <translation>Receiving changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updating the catalog and calendar</source>
        <translation>Updating the catalog and calendar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting to the portal</source>
        <translation>Connecting to the portal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>motcua::TimelineModel</name>
    <message>
        <location filename="../ui/DossierViewModels.cpp" line="-68"/>
        <source>%1 (conflict)</source>
        <translation>%1 (conflict)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept in the log but refused in this order: %1</source>
        <translation>Kept in the log but refused in this order: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>motcua::TransferDialog</name>
    <message>
        <location filename="../ui/casework/TransferDialog.cpp" line="+142"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name or a login</source>
        <translation>Type a name or a login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for approval</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
</context>
<context>
    <name>motcua::casework::CaseworkForms</name>
    <message>
        <location filename="../app/casework/CaseworkForms.cpp" line="+54"/>
        <source>Counter of %1</source>
        <translation>Counter of %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted for approval</source>
        <translation>Submitted for approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred for processing</source>
        <translation>Transferred for processing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appraised</source>
        <translation>Appraised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement requested (clock paused)</source>
        <translation>Supplement requested (clock paused)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement received</source>
        <translation>Supplement received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time extended (Form 04)</source>
        <translation>Time extended (Form 04)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing stopped (Form 05)</source>
        <translation>Processing stopped (Form 05)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result ready</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result returned</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The applicant or an authorised person</source>
        <translation>The applicant or an authorised person</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
</context>
<context>
    <name>motcua::cli::Cli</name>
    <message>
        <location filename="../app/cli/CalendarCommand.cpp" line="+19"/>
        <source>usage: calendar --year YYYY</source>
        <translation>usage: calendar --year YYYY</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--year must be a year from 1900 to 2100</source>
        <translation>--year must be a year from 1900 to 2100</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarEditCommand.cpp" line="+53"/>
        <source>usage: calendar-set YYYY-MM-DD off|work &quot;DESCRIPTION&quot;</source>
        <translation>usage: calendar-set YYYY-MM-DD off|work &quot;DESCRIPTION&quot;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>usage: calendar-unset YYYY-MM-DD</source>
        <translation>usage: calendar-unset YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../app/cli/CatalogCommand.cpp" line="+84"/>
        <source>no procedure with code &apos;%1&apos; in catalog %2</source>
        <translation>no procedure with code &apos;%1&apos; in catalog %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too large</source>
        <translation>%1 is too large</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>catalog import needs --workspace DIR --officer LOGIN</source>
        <translation>catalog import needs --workspace DIR --officer LOGIN</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>usage: catalog list | catalog show CODE | catalog validate FILE | catalog import FILE</source>
        <translation>usage: catalog list | catalog show CODE | catalog validate FILE | catalog import FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="+27"/>
        <source>No password: set %1 (there is no terminal to ask on).</source>
        <translation>No password: set %1 (there is no terminal to ask on).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New password: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <location filename="../app/cli/CliSession.cpp" line="+41"/>
        <location filename="../app/cli/SyncCommand.cpp" line="+36"/>
        <source>this command needs --officer LOGIN before the command</source>
        <translation>this command needs --officer LOGIN before the command</translation>
    </message>
    <message>
        <location filename="../app/cli/DbKeyCommand.cpp" line="+10"/>
        <source>db-key takes no arguments</source>
        <translation>db-key takes no arguments</translation>
    </message>
    <message>
        <location filename="../app/cli/DecodeCommand.cpp" line="+22"/>
        <source>usage: decode FILE...</source>
        <translation>usage: decode FILE...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>page %1 cannot be read [%2]</source>
        <translation>page %1 cannot be read [%2]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>file %1</source>
        <translation>file %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DigitizeCommand.cpp" line="+49"/>
        <location line="+47"/>
        <location line="+59"/>
        <source>file %1 of the stack</source>
        <translation>file %1 of the stack</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>digitize needs --workspace DIR and --officer LOGIN</source>
        <translation>digitize needs --workspace DIR and --officer LOGIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>digitize needs --procedure CODE</source>
        <translation>digitize needs --procedure CODE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>digitize takes one STACK.pdf or folder of page images</source>
        <translation>digitize takes one STACK.pdf or folder of page images</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+2"/>
        <location line="+67"/>
        <source>the stack</source>
        <translation>the stack</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>page %1: the ID card is not used: %2</source>
        <translation>page %1: the ID card is not used: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>file %1 of the stack, page %2</source>
        <translation>file %1 of the stack, page %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 from page %2: already received by an earlier run</source>
        <translation>%1 from page %2: already received by an earlier run</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 from page %2, components %3</source>
        <translation>%1 from page %2, components %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n blank page(s) set aside</source>
        <translation>
            <numerusform>%n blank page(s) set aside</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing required component(s) %1</source>
        <translation>missing required component(s) %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DueDateCommand.cpp" line="+41"/>
        <source>usage: due-date (--procedure CODE | --days N | --hours N) --received &quot;YYYY-MM-DD HH:MM&quot;</source>
        <translation>usage: due-date (--procedure CODE | --days N | --hours N) --received &quot;YYYY-MM-DD HH:MM&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--received must be &quot;YYYY-MM-DD HH:MM&quot;</source>
        <translation>--received must be &quot;YYYY-MM-DD HH:MM&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--%1 must be a whole number from 0 to %2</source>
        <translation>--%1 must be a whole number from 0 to %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no due moment: outside the calendar&apos;s range %1–%2</source>
        <translation>no due moment: outside the calendar&apos;s range %1–%2</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="+21"/>
        <source>init takes no positional arguments</source>
        <translation>init takes no positional arguments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>init needs --officer LOGIN (the first officer) before the command</source>
        <translation>init needs --officer LOGIN (the first officer) before the command</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usage: init --office CODE --name &quot;FULL NAME&quot; [--office-name &quot;...&quot;]</source>
        <translation>usage: init --office CODE --name &quot;FULL NAME&quot; [--office-name &quot;...&quot;]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--office-level is province or commune</source>
        <translation>--office-level is province or commune</translation>
    </message>
    <message>
        <location filename="../app/cli/LunarCommand.cpp" line="+17"/>
        <source>usage: lunar YYYY-MM-DD</source>
        <translation>usage: lunar YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a date (expected YYYY-MM-DD): </source>
        <translation>not a date (expected YYYY-MM-DD): </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date out of the supported range 1900-01-01 – 2100-12-31</source>
        <translation>date out of the supported range 1900-01-01 – 2100-12-31</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+23"/>
        <source>usage: motcua-cli [--workspace DIR] [--officer LOGIN] [--lang vi|en] [--verbose] COMMAND [ARGS...]</source>
        <translation>usage: motcua-cli [--workspace DIR] [--officer LOGIN] [--lang vi|en] [--verbose] COMMAND [ARGS...]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>commands:</source>
        <translation>commands:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The acting officer&apos;s password comes from MOTCUA_PASSWORD (a new officer&apos;s from MOTCUA_NEW_PASSWORD).</source>
        <translation>The acting officer&apos;s password comes from MOTCUA_PASSWORD (a new officer&apos;s from MOTCUA_NEW_PASSWORD).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages are in the language of --lang, else of LC_ALL, LC_MESSAGES or LANG (vi…: Vietnamese), else English.</source>
        <translation>Messages are in the language of --lang, else of LC_ALL, LC_MESSAGES or LANG (vi…: Vietnamese), else English.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes: 0 success, 1 operation failed, 2 usage error, 3 authentication failed, 4 registered as incomplete (receive --supplement-slip: Form 02 written, supplement requested).</source>
        <translation>Exit codes: 0 success, 1 operation failed, 2 usage error, 3 authentication failed, 4 registered as incomplete (receive --supplement-slip: Form 02 written, supplement requested).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unknown global option %1 (global options come before the command)</source>
        <translation>unknown global option %1 (global options come before the command)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--lang takes vi or en, not &apos;%1&apos;</source>
        <translation>--lang takes vi or en, not &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unknown command &apos;%1&apos; (see motcua-cli --help)</source>
        <translation>unknown command &apos;%1&apos; (see motcua-cli --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommand.cpp" line="+17"/>
        <source>usage: officer add LOGIN --name &quot;...&quot; --role ROLE[,ROLE...]</source>
        <translation>usage: officer add LOGIN --name &quot;...&quot; --role ROLE[,ROLE...]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown role &apos;%1&apos; (roles: counter, processing, supervisor, admin)</source>
        <translation>unknown role &apos;%1&apos; (roles: counter, processing, supervisor, admin)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no initial password: set MOTCUA_NEW_PASSWORD</source>
        <translation>no initial password: set MOTCUA_NEW_PASSWORD</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: officer revoke LOGIN</source>
        <translation>usage: officer revoke LOGIN</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no new password: set MOTCUA_NEW_PASSWORD</source>
        <translation>no new password: set MOTCUA_NEW_PASSWORD</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>usage: officer add|revoke|list|password|rekey ...</source>
        <translation>usage: officer add|revoke|list|password|rekey ...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: officer password</source>
        <translation>usage: officer password</translation>
    </message>
    <message>
        <location filename="../app/cli/ReceiveCommand.cpp" line="+45"/>
        <source>receive takes no argument besides its options</source>
        <translation>receive takes no argument besides its options</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>receive needs --workspace DIR and --officer LOGIN</source>
        <translation>receive needs --workspace DIR and --officer LOGIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>receive needs --procedure CODE</source>
        <translation>receive needs --procedure CODE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>receive needs exactly one of --applicant-qr IMAGE and --applicant-text TEXT</source>
        <translation>receive needs exactly one of --applicant-qr IMAGE and --applicant-text TEXT</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>component %1: the signed declaration&apos;s data were read (%2 version %3)</source>
        <translation>component %1: the signed declaration&apos;s data were read (%2 version %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>component %1: the declaration&apos;s data are not used: %2 [%3]</source>
        <translation>component %1: the declaration&apos;s data are not used: %2 [%3]</translation>
    </message>
    <message>
        <location filename="../app/cli/DossierCommand.cpp" line="+90"/>
        <location filename="../app/cli/ReceiveCommand.cpp" line="-93"/>
        <source>--component takes N=FILE[,FILE...]</source>
        <translation>--component takes N=FILE[,FILE...]</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/ReceiveCommand.cpp" line="+3"/>
        <source>component %1 given twice</source>
        <translation>component %1 given twice</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1, file %2</source>
        <translation>%1, file %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--role takes counter, processing or supervisor</source>
        <translation>--role takes counter, processing or supervisor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--days takes a number of working days (1-365)</source>
        <translation>--days takes a number of working days (1-365)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--rating takes a whole number from 1 to 5</source>
        <translation>--rating takes a whole number from 1 to 5</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the collector&apos;s ID card</source>
        <translation>the collector&apos;s ID card</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>dossier takes a dossier code and an action: dossier CODE show|ACTION [options]</source>
        <translation>dossier takes a dossier code and an action: dossier CODE show|ACTION [options]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dossier needs --workspace DIR and --officer LOGIN</source>
        <translation>dossier needs --workspace DIR and --officer LOGIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown dossier action &apos;%1&apos;</source>
        <translation>unknown dossier action &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs %2</source>
        <translation>%1 needs %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>form06 needs --out F.pdf</source>
        <translation>form06 needs --out F.pdf</translation>
    </message>
    <message>
        <location filename="../app/cli/ReceiveCommand.cpp" line="+6"/>
        <source>--phone is not a Vietnamese phone number (0 or +84, then 8 to 10 digits)</source>
        <translation>--phone is not a Vietnamese phone number (0 or +84, then 8 to 10 digits)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--limit-days takes a number of working days (1-365)</source>
        <translation>--limit-days takes a number of working days (1-365)</translation>
    </message>
    <message>
        <location filename="../app/cli/FormCommand.cpp" line="+42"/>
        <source>required field(s) left empty: %1</source>
        <translation>required field(s) left empty: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>field %1</source>
        <translation>field %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>usage: form validate FILE</source>
        <translation>usage: form validate FILE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>form fill needs --procedure CODE</source>
        <translation>form fill needs --procedure CODE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>form fill needs --out F.pdf</source>
        <translation>form fill needs --out F.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>form fill needs exactly one of --applicant-qr IMAGE and --applicant-text TEXT</source>
        <translation>form fill needs exactly one of --applicant-qr IMAGE and --applicant-text TEXT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>form fill with --workspace needs --officer LOGIN</source>
        <translation>form fill with --workspace needs --officer LOGIN</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--field takes NAME=VALUE</source>
        <translation>--field takes NAME=VALUE</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/cli/ReceiveCommand.cpp" line="+18"/>
        <source>the ID card</source>
        <translation>the ID card</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>usage: form list | form validate FILE | form fill --procedure CODE (--applicant-qr IMAGE | --applicant-text TEXT) [--field NAME=VALUE]... --out F.pdf</source>
        <translation>usage: form list | form validate FILE | form fill --procedure CODE (--applicant-qr IMAGE | --applicant-text TEXT) [--field NAME=VALUE]... --out F.pdf</translation>
    </message>
    <message>
        <location filename="../app/cli/ReceiveCommand.cpp" line="+3"/>
        <source>the ID card needs a look: %1</source>
        <translation>the ID card needs a look: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>procedure %1 has no component %2 (see: catalog show %1)</source>
        <translation>procedure %1 has no component %2 (see: catalog show %1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>component %1, file %2</source>
        <translation>component %1, file %2</translation>
    </message>
    <message>
        <location filename="../app/cli/DossierCommand.cpp" line="-53"/>
        <location filename="../app/cli/ReceiveCommand.cpp" line="+4"/>
        <source>component %1</source>
        <translation>component %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ReceiveCommand.cpp" line="+26"/>
        <source>incomplete dossier, missing component(s): %1</source>
        <translation>incomplete dossier, missing component(s): %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>registered as incomplete, Form 02 written: a supplement was requested</source>
        <translation>registered as incomplete, Form 02 written: a supplement was requested</translation>
    </message>
    <message>
        <location filename="../app/cli/ScanCommand.cpp" line="+36"/>
        <source>scan takes no positional arguments</source>
        <translation>scan takes no positional arguments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>scan needs --device NAME and --out FILE.pdf</source>
        <translation>scan needs --device NAME and --out FILE.pdf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--source must be flatbed, feeder or duplex</source>
        <translation>--source must be flatbed, feeder or duplex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--mode must be color, gray or lineart</source>
        <translation>--mode must be color, gray or lineart</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--dpi must be a number from 50 to 1200</source>
        <translation>--dpi must be a number from 50 to 1200</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--pages must be a positive number (0 only with a feeder)</source>
        <translation>--pages must be a positive number (0 only with a feeder)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--sane-option takes NAME=VALUE</source>
        <translation>--sane-option takes NAME=VALUE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--timeout must be a positive number of seconds</source>
        <translation>--timeout must be a positive number of seconds</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>page %1 scanned</source>
        <translation>page %1 scanned</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown device &apos;%1&apos;</source>
        <translation>unknown device &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no devices found</source>
        <translation>no devices found</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>available devices:</source>
        <translation>available devices:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no pages to write</source>
        <translation>no pages to write</translation>
    </message>
    <message>
        <location filename="../app/cli/SeparatorCommand.cpp" line="+27"/>
        <source>--label goes with --kind component only</source>
        <translation>--label goes with --kind component only</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--kind component needs --label TEXT</source>
        <translation>--kind component needs --label TEXT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--label: </source>
        <translation>--label: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--kind must be dossier or component</source>
        <translation>--kind must be dossier or component</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write </source>
        <translation>cannot write </translation>
    </message>
    <message>
        <location filename="../app/cli/WhoamiCommand.cpp" line="+9"/>
        <source>whoami takes no arguments</source>
        <translation>whoami takes no arguments</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n failed login attempt(s) since the last login</source>
        <translation>
            <numerusform>%n failed login attempt(s) since the last login</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/RegisterCommand.cpp" line="+25"/>
        <source>register needs --workspace DIR and --officer LOGIN</source>
        <translation>register needs --workspace DIR and --officer LOGIN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>register needs --from YYYY-MM-DD and --to YYYY-MM-DD, --to not before --from</source>
        <translation>register needs --from YYYY-MM-DD and --to YYYY-MM-DD, --to not before --from</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>register needs --out F.pdf or --out F.csv</source>
        <translation>register needs --out F.pdf or --out F.csv</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="+24"/>
        <source>report takes no argument besides its options</source>
        <translation>report takes no argument besides its options</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report needs --workspace DIR and --officer LOGIN</source>
        <translation>report needs --workspace DIR and --officer LOGIN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report needs --from YYYY-MM-DD and --to YYYY-MM-DD, --to not before --from</source>
        <translation>report needs --from YYYY-MM-DD and --to YYYY-MM-DD, --to not before --from</translation>
    </message>
    <message>
        <location filename="../app/cli/EnrollCommand.cpp" line="+24"/>
        <source>usage: enroll --portal URL</source>
        <translation>usage: enroll --portal URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enroll needs --officer LOGIN (the officer enrolling this device) before the command</source>
        <translation>enroll needs --officer LOGIN (the officer enrolling this device) before the command</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommand.cpp" line="+43"/>
        <source>usage: sync [--portal URL]</source>
        <translation>usage: sync [--portal URL]</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n item(s) not accepted by the portal, %1 of them quarantined (refused on their merits)</source>
        <translation>
            <numerusform>%n item not accepted by the portal, %1 of them quarantined (refused on their merits)</numerusform>
            <numerusform>%n items not accepted by the portal, %1 of them quarantined (refused on their merits)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>status takes no arguments</source>
        <translation>status takes no arguments</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>usage: export-bundle --out FILE</source>
        <translation>usage: export-bundle --out FILE</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>usage: import-bundle FILE</source>
        <translation>usage: import-bundle FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/EnrollOfficerCommand.cpp" line="+23"/>
        <source>usage: add-officer-slot [--portal URL]</source>
        <translation>usage: add-officer-slot [--portal URL]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add-officer-slot needs --officer LOGIN (the officer to add) before the command</source>
        <translation>add-officer-slot needs --officer LOGIN (the officer to add) before the command</translation>
    </message>
</context>
<context>
    <name>motcua::intake::IntakeForms</name>
    <message>
        <location filename="../app/intake/IntakeForms.cpp" line="+23"/>
        <source>reused from dossier</source>
        <translation>reused from dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the national database</source>
        <translation>from the national database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted online</source>
        <translation>submitted online</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No fee</source>
        <translation>No fee</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>free of charge</source>
        <translation>free of charge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>as set by the province</source>
        <translation>as set by the province</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not provided</source>
        <translation>Not provided</translation>
    </message>
</context>
<context>
    <name>motcua::lookup::DossierText</name>
    <message>
        <location filename="../app/lookup/DossierText.cpp" line="+49"/>
        <source>procedure %1</source>
        <translation>procedure %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>applicant %1</source>
        <translation>applicant %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>limit %1</source>
        <translation>limit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lookup code %1</source>
        <translation>lookup code %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>To the counter of %1</source>
        <translation>To the counter of %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To %1</source>
        <translation>To %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(for approval)</source>
        <translation>(for approval)</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Component %1</source>
        <translation>Component %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>To the pool of unit %1</source>
        <translation>To the pool of unit %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1: %n page(s), %2</source>
        <comment>component name, pages, where they came from</comment>
        <translation>
            <numerusform>%1: %n page, %2</numerusform>
            <numerusform>%1: %n pages, %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newly registered</source>
        <translation>Newly registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement required</source>
        <translation>Supplement required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial obligation required</source>
        <translation>Financial obligation required</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>Processing stopped</source>
        <translation>Processing stopped</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Processed, result ready</source>
        <translation>Processed, result ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Result returned</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement requested at the counter</source>
        <translation>Supplement requested at the counter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused at the counter</source>
        <translation>Refused at the counter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement requested</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement received</source>
        <translation>Supplement received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appraised</source>
        <translation>Appraised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result ready</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time limit extended</source>
        <translation>Time limit extended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component attached</source>
        <translation>Component attached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted online</source>
        <translation>Submitted online</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>scanned at the counter</source>
        <translation>scanned at the counter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from an electronic file</source>
        <translation>from an electronic file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reused from an earlier dossier</source>
        <translation>reused from an earlier dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reused from dossier %1</source>
        <translation>reused from dossier %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the national database</source>
        <translation>from the national database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted online</source>
        <translation>submitted online</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n working hour(s)</source>
        <translation>
            <numerusform>%n working hour</numerusform>
            <numerusform>%n working hours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within the day</source>
        <translation>within the day</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>next day when received after 15:00</source>
        <translation>next day when received after 15:00</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Extended by %1</source>
        <translation>Extended by %1</translation>
    </message>
</context>
<context>
    <name>motcua::lookup::RegistryText</name>
    <message>
        <location filename="../app/lookup/RegistryText.cpp" line="+9"/>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From the portal&apos;s population registry, updated %1.</source>
        <translation>From the portal&apos;s population registry, updated %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The population registry does not know this ID number.</source>
        <translation>The population registry does not know this ID number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the cache, updated %1 (the portal cannot be reached).</source>
        <translation>From the cache, updated %1 (the portal cannot be reached).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device has been revoked on the portal: the registry cannot be asked, and its cached answers were deleted.</source>
        <translation>This device has been revoked on the portal: the registry cannot be asked, and its cached answers were deleted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal cannot be reached and nothing is cached for this citizen: go on with the card&apos;s QR or by typing.</source>
        <translation>The portal cannot be reached and nothing is cached for this citizen: go on with the card&apos;s QR or by typing.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Marriage certificate</source>
        <translation>Marriage certificate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate of marital status</source>
        <translation>Certificate of marital status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof of lawful residence</source>
        <translation>Proof of lawful residence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate of ownership</source>
        <translation>Certificate of ownership</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birth certificate</source>
        <translation>Birth certificate</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 No. %2</source>
        <translation>%1 No. %2</translation>
    </message>
</context>
<context>
    <name>motcua::portal::PortalCli</name>
    <message>
        <location filename="../portal/cli/ConnectorCommands.cpp" line="+14"/>
        <location line="+25"/>
        <location filename="../portal/cli/MigrateCommand.cpp" line="+15"/>
        <location filename="../portal/cli/SeedDemoCommand.cpp" line="+16"/>
        <location filename="../portal/cli/ServeCommand.cpp" line="+35"/>
        <location filename="../portal/cli/SubmitOnlineCommand.cpp" line="+25"/>
        <location filename="../portal/cli/SyncCommands.cpp" line="+22"/>
        <location line="+39"/>
        <source>PostgreSQL URL</source>
        <translation>PostgreSQL URL</translation>
    </message>
    <message>
        <location filename="../portal/cli/MigrateCommand.cpp" line="+4"/>
        <source>usage: motcua-portal migrate --db URL</source>
        <translation>usage: motcua-portal migrate --db URL</translation>
    </message>
    <message>
        <location filename="../portal/cli/ConnectorCommands.cpp" line="-23"/>
        <source>a label for the connector</source>
        <translation>a label for the connector</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>usage: motcua-portal connector-add --db URL --office CODE [--name TEXT]</source>
        <translation>usage: motcua-portal connector-add --db URL --office CODE [--name TEXT]</translation>
    </message>
    <message>
        <location filename="../portal/cli/PortalCommand.cpp" line="+36"/>
        <location filename="../portal/cli/ServeCommand.cpp" line="+16"/>
        <location filename="../portal/cli/SubmitOnlineCommand.cpp" line="+17"/>
        <location filename="../portal/cli/SyncCommands.cpp" line="-31"/>
        <source>not a PostgreSQL URL (postgresql://user@host:port/dbname)</source>
        <translation>not a PostgreSQL URL (postgresql://user@host:port/dbname)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../portal/cli/ServeCommand.cpp" line="+37"/>
        <location filename="../portal/cli/SubmitOnlineCommand.cpp" line="+21"/>
        <location filename="../portal/cli/SyncCommands.cpp" line="+14"/>
        <source>cannot connect to %1</source>
        <translation>cannot connect to %1</translation>
    </message>
    <message>
        <location filename="../portal/cli/ConnectorCommands.cpp" line="+9"/>
        <source>the connector was not added: %1</source>
        <translation>the connector was not added: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the connector&apos;s id</source>
        <translation>the connector&apos;s id</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>usage: motcua-portal connector-revoke --db URL ID</source>
        <translation>usage: motcua-portal connector-revoke --db URL ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no such connector</source>
        <translation>no such connector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connector was not revoked: %1</source>
        <translation>the connector was not revoked: %1</translation>
    </message>
    <message>
        <location filename="../portal/cli/MigrateCommand.cpp" line="+7"/>
        <source>migration failed: %1</source>
        <translation>migration failed: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create the portal&apos;s keys: %1</source>
        <translation>cannot create the portal&apos;s keys: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot load the bundled catalog and calendar: %1</source>
        <translation>cannot load the bundled catalog and calendar: %1</translation>
    </message>
    <message>
        <location filename="../portal/cli/SeedDemoCommand.cpp" line="+1"/>
        <source>people in the registry</source>
        <translation>people in the registry</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: motcua-portal seed-demo --db URL [--registry-size N]</source>
        <translation>usage: motcua-portal seed-demo --db URL [--registry-size N]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--registry-size needs a number from 0 to %1</source>
        <translation>--registry-size needs a number from 0 to %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seeding failed (did migrate run?): %1</source>
        <translation>seeding failed (did migrate run?): %1</translation>
    </message>
    <message>
        <location filename="../portal/cli/ServeCommand.cpp" line="-52"/>
        <source>address and port</source>
        <translation>address and port</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../portal/cli/SubmitOnlineCommand.cpp" line="-37"/>
        <location filename="../portal/cli/SyncCommands.cpp" line="-21"/>
        <source>page folder</source>
        <translation>page folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS certificate (PEM)</source>
        <translation>TLS certificate (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS private key (PEM)</source>
        <translation>TLS private key (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker threads</source>
        <translation>worker threads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove partial uploads untouched for this long</source>
        <translation>remove partial uploads untouched for this long</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>usage: motcua-portal serve --db URL --listen HOST:PORT --files DIR [--tls-cert F --tls-key F]</source>
        <translation>usage: motcua-portal serve --db URL --listen HOST:PORT --files DIR [--tls-cert F --tls-key F]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--listen needs HOST:PORT with a numeric address, e.g. 127.0.0.1:8080</source>
        <translation>--listen needs HOST:PORT with a numeric address, e.g. 127.0.0.1:8080</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--workers needs a number from 1 to 256</source>
        <translation>--workers needs a number from 1 to 256</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--stale-uploads-after needs a number of seconds (at least 1)</source>
        <translation>--stale-uploads-after needs a number of seconds (at least 1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../portal/cli/SubmitOnlineCommand.cpp" line="+33"/>
        <location filename="../portal/cli/SyncCommands.cpp" line="+16"/>
        <source>cannot create the page folder</source>
        <translation>cannot create the page folder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the database is not ready (run motcua-portal migrate): %1</source>
        <translation>the database is not ready (run motcua-portal migrate): %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot use the TLS certificate or key</source>
        <translation>cannot use the TLS certificate or key</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot listen on %1</source>
        <translation>cannot listen on %1</translation>
    </message>
    <message>
        <location filename="../portal/cli/SyncCommands.cpp" line="-12"/>
        <source>usage: motcua-portal import-bundle --db URL --files DIR FILE</source>
        <translation>usage: motcua-portal import-bundle --db URL --files DIR FILE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the bundle file</source>
        <translation>cannot read the bundle file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bundle file is too large</source>
        <translation>the bundle file is too large</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the database is not ready (run motcua-portal migrate)</source>
        <translation>the database is not ready (run motcua-portal migrate)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bundle refused: %1</source>
        <translation>bundle refused: %1</translation>
    </message>
    <message>
        <location filename="../portal/cli/ConnectorCommands.cpp" line="-37"/>
        <location filename="../portal/cli/SubmitOnlineCommand.cpp" line="-32"/>
        <location filename="../portal/cli/SyncCommands.cpp" line="+10"/>
        <source>office code</source>
        <translation>office code</translation>
    </message>
    <message>
        <location filename="../portal/cli/SubmitOnlineCommand.cpp" line="+1"/>
        <source>procedure code</source>
        <translation>procedure code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the applicant&apos;s facts (JSON)</source>
        <translation>the applicant&apos;s facts (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the national portal&apos;s reference</source>
        <translation>the national portal&apos;s reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a page of component N</source>
        <translation>a page of component N</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: motcua-portal submit-online --db URL --files DIR --office CODE --procedure CODE --applicant-json FILE [--external-ref REF] [--page [N:]FILE …]</source>
        <translation>usage: motcua-portal submit-online --db URL --files DIR --office CODE --procedure CODE --applicant-json FILE [--external-ref REF] [--page [N:]FILE …]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read the applicant file</source>
        <translation>cannot read the applicant file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the applicant file is not a JSON object</source>
        <translation>the applicant file is not a JSON object</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot read a page file</source>
        <translation>cannot read a page file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a page file is too large</source>
        <translation>a page file is too large</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a page could not be stored: %1</source>
        <translation>a page could not be stored: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>the submission was refused: %n field(s) to correct</source>
        <translation>
            <numerusform>the submission was refused: %n field to correct</numerusform>
            <numerusform>the submission was refused: %n fields to correct</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../portal/cli/ConnectorCommands.cpp" line="+13"/>
        <location filename="../portal/cli/SubmitOnlineCommand.cpp" line="-5"/>
        <source>no such office: %1</source>
        <translation>no such office: %1</translation>
    </message>
    <message>
        <location filename="../portal/cli/SubmitOnlineCommand.cpp" line="+8"/>
        <source>the submission was not registered: %1</source>
        <translation>the submission was not registered: %1</translation>
    </message>
    <message>
        <location filename="../portal/cli/SyncCommands.cpp" line="+4"/>
        <source>usage: motcua-portal stats --db URL --office CODE</source>
        <translation>usage: motcua-portal stats --db URL --office CODE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the statistics: %1</source>
        <translation>cannot read the statistics: %1</translation>
    </message>
    <message>
        <location filename="../portal/main.cpp" line="+16"/>
        <source>usage: motcua-portal COMMAND [ARGS...]</source>
        <translation>usage: motcua-portal COMMAND [ARGS...]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>commands:</source>
        <translation>commands:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL is a PostgreSQL URL such as postgresql://app@127.0.0.1:5432/motcua.</source>
        <translation>URL is a PostgreSQL URL such as postgresql://app@127.0.0.1:5432/motcua.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes: 0 success, 1 operation failed, 2 usage error.</source>
        <translation>Exit codes: 0 success, 1 operation failed, 2 usage error.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>unknown command: %1</source>
        <translation>unknown command: %1</translation>
    </message>
</context>
<context>
    <name>motcua::reporting::DossierRegister</name>
    <message>
        <location filename="../app/reporting/DossierRegister.cpp" line="+92"/>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Returned, late</source>
        <translation>Returned, late</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned on time</source>
        <translation>Returned on time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result ready, late</source>
        <translation>Result ready, late</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result ready</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting a supplement</source>
        <translation>Awaiting a supplement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being processed</source>
        <translation>Being processed</translation>
    </message>
</context>
</TS>
