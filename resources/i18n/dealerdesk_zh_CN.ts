<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Database upgraded; the previous version was saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>DealerDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>DealerDesk – first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator account; the administrator then adds the advisors, technicians and inspectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Service office – please sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DealerDesk – {dealer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {name} ({roles})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DealerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DealerDesk {version}
Service office of a car dealership.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Give the demo database a path with --db PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users (user name / password / roles):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customers} customers, {vehicles} vehicles, {orders} work orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it or choose another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {path} cannot be read and written by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a DealerDesk database (not an SQLite file). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} is read-only: the database needs to write its journal there. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {name} cannot be opened: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist {source} is not valid TOML: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist {source}: unknown key &quot;{key}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist {source}: &quot;category&quot; must be one of {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist {source}: &quot;version&quot; must be a whole number from 1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist {source}: &quot;road_test&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist {source}: the hand-over check has no road test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist {source}: no [[items]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist {source}: item {item} is not a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist {source}: item {item}: unknown key &quot;{key}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist {source}: item {item}: &quot;code&quot; must be lower-case letters, digits, &quot;_&quot; and &quot;.&quot;, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist {source}: item code &quot;{item}&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist {source}: item {item}: level must be one of {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist {source}: item {item}: &quot;{key}&quot; text is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist {source}: item {item}: &quot;kind&quot; must be &quot;check&quot;, &quot;measured&quot; or &quot;note&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist {source}: measured item {item} needs a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist {source}: measured item {item} needs a range: &quot;min&quot;, &quot;max&quot; or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist {source}: item {item}: &quot;{key}&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist {source}: measured item {item}: min {minimum} is above max {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist {source}: item {item}: only measured items take &quot;unit&quot;, &quot;min&quot; and &quot;max&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist {source}: no items for level {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist file {source} must be named {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist {category} version {version} is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no checklist for {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no checklist for {category} version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist folder {path} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount in yuan, e.g. 1,234.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount must be a number of yuan, e.g. 1,234.50; you typed {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount cannot be negative; you typed {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount can have at most 2 decimal places (fen); you typed {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount {value} is more than 99,999,999.99 yuan; check the figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the labour hours, e.g. 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour hours must be a number, e.g. 1.5; you typed {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour hours cannot be negative; you typed {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour hours can have at most 2 decimal places; you typed {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour hours {value} is more than 999.99; check the figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the mileage shown on the odometer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mileage must be a whole number of kilometres, e.g. 12345; you typed {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mileage cannot be negative; you typed {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mileage {km:,} km is more than an odometer can show; check the reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mileage {km:,} km is below the {last_km:,} km already recorded for this vehicle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mileage {km:,} km is {increase_km:,} km more than at the last visit ({last_km:,} km); confirm the reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number must be 11 digits starting with 13–19; you typed {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only mainland China mobile numbers (+86) can be used; you typed {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is not in a known mobile number range; check it with the customer and confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the plate number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate must start with a province abbreviation such as 京, 沪 or 粤; you typed {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate {value} contains characters that plates do not use: {chars}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plates never use the letters I or O (did you mean 1 or 0?); you typed {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate must be 7 characters, or 8 for a new-energy plate; {value} has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate {value} is not a mainland format such as 粤B12345, 粤BD12345 (new energy) or 粤B1234挂.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the promised delivery time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised delivery time must be after the check-in time ({checked_in_at:%Y-%m-%d %H:%M}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the VIN: 17 characters, printed on the vehicle registration certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VIN has only digits and the letters A–Z; {value} contains {chars}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VIN never contains the letters I, O or Q (did you mean 1 or 0?); you typed {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VIN has 17 characters; {value} has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN {value} is not valid: its 9th character should be {expected}, not {actual}. Check every character against the registration certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 9th character of VIN {value} should be {expected}, not {actual}. Some makers outside China and North America do not use it: compare with the registration certificate and confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAIC Volkswagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAW-Volkswagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMW Brilliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beijing Benz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changan Ford</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAC Toyota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAW Toyota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAC Honda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dongfeng Honda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dongfeng Nissan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAIC-GM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAIC-GM-Wuling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAIC MG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beijing Hyundai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Great Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesla China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mercedes-Benz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volkswagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toyota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honda (USA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesla (USA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First service (5K/10K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body and paint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New-car PDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting QC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Man (people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine (equipment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material (parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method (procedure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 1: technician self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 2: team lead check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 3: final inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The font file {path} set in Settings does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The font file {path} set in Settings cannot be used for printing: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Chinese TrueType font was found for printing. Install Microsoft YaHei (msyh.ttc) or SimSun (simsun.ttc) (Windows Settings &gt; Apps &gt; Optional features &gt; Chinese (Simplified) Supplemental Fonts), copy a .ttf/.ttc font into {folder}, or choose a font file in Settings. Fonts that could not be used: {tried}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Chinese TrueType font was found for printing. Copy a .ttf/.ttc font such as WenQuanYi Micro Hei into {folder}, or choose a font file in Settings. Fonts that could not be used: {tried}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Chinese TrueType font was found for printing. Install the fonts-wqy-microhei package (Debian/Ubuntu: sudo apt install fonts-wqy-microhei; Fedora: wqy-microhei-fonts), copy a .ttf/.ttc font into {folder}, or choose a font file in Settings. Fonts that could not be used: {tried}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} may not do this: it needs the role {roles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already holds data; nothing was changed. Choose a new file for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check failed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows point at missing records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign keys consistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {name} cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema is up to date (revision {rev}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no DealerDesk schema yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema revision {current}, this version needs {head}: start DealerDesk to migrate (a backup is made first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the dealership&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labour rate cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language {lang}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has no spaces and at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name {username} is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has users: sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account {username} is deactivated. Ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one active administrator must remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Dealership (printed on paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> CNY/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic (bundled or system Chinese font)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealer &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labour rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper &amp;font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a service manager or an administrator can change these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese TrueType font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrueType fonts (*.ttf *.ttc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time DealerDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate / activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of {name} was reset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
