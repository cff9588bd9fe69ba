<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BinsPage</name>
        <message numerus="yes">
            <source>%n bin(s) reactivated</source>
            <translation>
                <numerusform>%n bin reactivated</numerusform>
                <numerusform>%n bins reactivated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bin(s) retired</source>
            <translation>
                <numerusform>%n bin retired</numerusform>
                <numerusform>%n bins retired</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) saved to {file}</source>
            <translation>
                <numerusform>%n label saved to {file}</numerusform>
                <numerusform>%n labels saved to {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) sent to {printer}</source>
            <translation>
                <numerusform>%n label sent to {printer}</numerusform>
                <numerusform>%n labels sent to {printer}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardWidget</name>
        <message numerus="yes">
            <source>On hold: %n order(s)</source>
            <translation>
                <numerusform>On hold: %n order</numerusform>
                <numerusform>On hold: %n orders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{number} starts over: %n unit(s) back in their bins; the next pull brings the store's lines</source>
            <translation>
                <numerusform>{number} starts over: %n unit back in its bin; the next pull brings the store's lines</numerusform>
                <numerusform>{number} starts over: %n units back in their bins; the next pull brings the store's lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Team target (%n packer(s))</source>
            <translation>
                <numerusform>Team target (%n packer)</numerusform>
                <numerusform>Team target (%n packers)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QualityPanel</name>
        <message numerus="yes">
            <source>Quality checks failed: %n unit(s)</source>
            <translation>
                <numerusform>Quality checks failed: %n unit</numerusform>
                <numerusform>Quality checks failed: %n units</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReturnsReportWidget</name>
        <message numerus="yes">
            <source>Refunds waiting for a lead's approval: %n</source>
            <translation>
                <numerusform>Refunds waiting for a lead's approval: %n</numerusform>
                <numerusform>Refunds waiting for a lead's approval: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StationStatusBar</name>
        <message numerus="yes">
            <source>Pulling: %n order(s)</source>
            <translation>
                <numerusform>Pulling: %n order</numerusform>
                <numerusform>Pulling: %n orders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, page %n</source>
            <translation>
                <numerusform>, page %n</numerusform>
                <numerusform>, page %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n held: </source>
            <translation>
                <numerusform>%n held: </numerusform>
                <numerusform>%n held: </numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StoreSyncPanel</name>
        <message numerus="yes">
            <source>Stores: %n refused message(s)</source>
            <translation>
                <numerusform>Stores: %n refused message</numerusform>
                <numerusform>Stores: %n refused messages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StoresPage</name>
        <message numerus="yes">
            <source>%n location(s) at the store</source>
            <translation>
                <numerusform>%n location at the store</numerusform>
                <numerusform>%n locations at the store</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>verdict</name>
        <message numerus="yes">
            <source>%n check(s) left</source>
            <translation>
                <numerusform>%n check left</numerusform>
                <numerusform>%n checks left</numerusform>
            </translation>
        </message>
    </context>
</TS>
