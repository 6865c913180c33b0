<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>greenprint::AssumptionsView</name>
    <message numerus="yes">
        <source>The estimate relies on %n assumption(s):</source>
        <translation>
            <numerusform>The estimate relies on %n assumption:</numerusform>
            <numerusform>The estimate relies on %n assumptions:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::AutoscalingRule</name>
    <message numerus="yes">
        <source>Autoscale &quot;%1&quot;: about %n instance(s) instead of %2</source>
        <translation>
            <numerusform>Autoscale &quot;%1&quot;: about %n instance instead of %2</numerusform>
            <numerusform>Autoscale &quot;%1&quot;: about %n instances instead of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The endpoint is busy %1 of the time. Target-tracking autoscaling (with the instance type from Inference Recommender) keeps only the instances the traffic needs; the copy runs %n instance(s) on average. Assumption: the load is spread evenly and packs at up to 75 % utilization.</source>
        <translation>
            <numerusform>The endpoint is busy %1 of the time. Target-tracking autoscaling (with the instance type from Inference Recommender) keeps only the instances the traffic needs; the copy runs %n instance on average. Assumption: the load is spread evenly and packs at up to 75 % utilization.</numerusform>
            <numerusform>The endpoint is busy %1 of the time. Target-tracking autoscaling (with the instance type from Inference Recommender) keeps only the instances the traffic needs; the copy runs %n instances on average. Assumption: the load is spread evenly and packs at up to 75 % utilization.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::Calibration</name>
    <message numerus="yes">
        <source>%1 (%2, %3 to %4, %n record(s))</source>
        <translation>
            <numerusform>%1 (%2, %3 to %4, %n record)</numerusform>
            <numerusform>%1 (%2, %3 to %4, %n records)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::EdgeDeploymentRule</name>
    <message numerus="yes">
        <source>The project serves devices: a model compiled with Neo and compressed by pruning and quantization can run on them (SageMaker Edge Manager, AWS IoT Greengrass). The copy drops the %n cloud endpoint(s). Not counted: the energy the devices use to run the model, which is outside this plan.</source>
        <translation>
            <numerusform>The project serves devices: a model compiled with Neo and compressed by pruning and quantization can run on them (SageMaker Edge Manager, AWS IoT Greengrass). The copy drops the %n cloud endpoint. Not counted: the energy the devices use to run the model, which is outside this plan.</numerusform>
            <numerusform>The project serves devices: a model compiled with Neo and compressed by pruning and quantization can run on them (SageMaker Edge Manager, AWS IoT Greengrass). The copy drops the %n cloud endpoints. Not counted: the energy the devices use to run the model, which is outside this plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::FileActions</name>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>%n problem found:</numerusform>
            <numerusform>%n problems found:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::MultiModelEndpointRule</name>
    <message numerus="yes">
        <source>Serve the %1 models of &quot;%2&quot; from one multi-model endpoint on %n instance(s)</source>
        <translation>
            <numerusform>Serve the %1 models of &quot;%2&quot; from one multi-model endpoint on %n instance</numerusform>
            <numerusform>Serve the %1 models of &quot;%2&quot; from one multi-model endpoint on %n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 instances at %2 load host %3 models. Behind one multi-model endpoint (up to 90 % lower inference cost and carbon, C20) they share %n instance(s). Assumption: the load packs at up to 75 % utilization.</source>
        <translation>
            <numerusform>%1 instances at %2 load host %3 models. Behind one multi-model endpoint (up to 90 % lower inference cost and carbon, C20) they share %n instance. Assumption: the load packs at up to 75 % utilization.</numerusform>
            <numerusform>%1 instances at %2 load host %3 models. Behind one multi-model endpoint (up to 90 % lower inference cost and carbon, C20) they share %n instances. Assumption: the load packs at up to 75 % utilization.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::OverrideApplier</name>
    <message numerus="yes">
        <source>%1 is out of range (%2 has %n item(s))</source>
        <translation>
            <numerusform>%1 is out of range (%2 has %n item)</numerusform>
            <numerusform>%1 is out of range (%2 has %n items)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::ParetoPanel</name>
    <message numerus="yes">
        <source>%n non-dominated way(s) to run this stage among %1 evaluated. Click a point to create a scenario from it.</source>
        <translation>
            <numerusform>%n non-dominated way to run this stage among %1 evaluated. Click a point to create a scenario from it.</numerusform>
            <numerusform>%n non-dominated ways to run this stage among %1 evaluated. Click a point to create a scenario from it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n option(s) not offered: a constraint removes them or the job cannot run there (hover here for why).</source>
        <translation>
            <numerusform>%n option not offered: a constraint removes it or the job cannot run there (hover here for why).</numerusform>
            <numerusform>%n options not offered: a constraint removes them or the job cannot run there (hover here for why).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n way(s) on the whole plan&apos;s front among %1 evaluated, %2 of them not offered (hover here for why). Click a point to add it as a scenario.</source>
        <translation>
            <numerusform>%n way on the whole plan&apos;s front among %1 evaluated, %2 of them not offered (hover here for why). Click a point to add it as a scenario.</numerusform>
            <numerusform>%n ways on the whole plan&apos;s front among %1 evaluated, %2 of them not offered (hover here for why). Click a point to add it as a scenario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n way(s) on the front run where AWS&apos;s offering of the type is not known: check before you plan on it (hover here).</source>
        <translation>
            <numerusform>%n way on the front runs where AWS&apos;s offering of the type is not known: check before you plan on it (hover here).</numerusform>
            <numerusform>%n ways on the front run where AWS&apos;s offering of the type is not known: check before you plan on it (hover here).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::PdfActualSection</name>
    <message numerus="yes">
        <source>Unplanned usage (%n kind(s))</source>
        <translation>
            <numerusform>Unplanned usage (%n kind)</numerusform>
            <numerusform>Unplanned usage (%n kinds)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::PdfSections</name>
    <message numerus="yes">
        <source>Region %1 · %n component(s) · %2 kgCO2e · %3 kWh · %4 USD</source>
        <translation>
            <numerusform>Region %1 · %n component · %2 kgCO2e · %3 kWh · %4 USD</numerusform>
            <numerusform>Region %1 · %n components · %2 kgCO2e · %3 kWh · %4 USD</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further suggestion(s) are listed in the appendix at the end of this plan.</source>
        <translation>
            <numerusform>%n further suggestion is listed in the appendix at the end of this plan.</numerusform>
            <numerusform>%n further suggestions are listed in the appendix at the end of this plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::PlanActualView</name>
    <message numerus="yes">
        <source>%1 (%2, %n record(s))</source>
        <translation>
            <numerusform>%1 (%2, %n record)</numerusform>
            <numerusform>%1 (%2, %n records)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::PublicDatasetRule</name>
    <message numerus="yes">
        <source>If the data exists as a curated public dataset (Open Data on AWS, including the Amazon Sustainability Data Initiative, or AWS Data Exchange), the copy drops the stage&apos;s %n processing job(s), stored copies and transfers. Assumption: the public dataset replaces them entirely; any filtering or tokenizing you still need is not counted.</source>
        <translation>
            <numerusform>If the data exists as a curated public dataset (Open Data on AWS, including the Amazon Sustainability Data Initiative, or AWS Data Exchange), the copy drops the stage&apos;s %n processing job, stored copies and transfers. Assumption: the public dataset replaces them entirely; any filtering or tokenizing you still need is not counted.</numerusform>
            <numerusform>If the data exists as a curated public dataset (Open Data on AWS, including the Amazon Sustainability Data Initiative, or AWS Data Exchange), the copy drops the stage&apos;s %n processing jobs, stored copies and transfers. Assumption: the public dataset replaces them entirely; any filtering or tokenizing you still need is not counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::ScenarioEvaluator</name>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n override</numerusform>
            <numerusform>%n overrides</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::ScenarioListModel</name>
    <message numerus="yes">
        <source>%1: %n suggestion(s) applied</source>
        <translation>
            <numerusform>%1: %n suggestion applied</numerusform>
            <numerusform>%1: %n suggestions applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field override(s)</source>
        <translation>
            <numerusform>%n field override</numerusform>
            <numerusform>%n field overrides</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::SuggestionFormats</name>
    <message numerus="yes">
        <source>Not offered (%n):
</source>
        <translation>
            <numerusform>Not offered (%n):
</numerusform>
            <numerusform>Not offered (%n):
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::SuggestionGrouping</name>
    <message numerus="yes">
        <source>%1, and the same on %n other component(s)</source>
        <translation>
            <numerusform>%1, and the same on %n other component</numerusform>
            <numerusform>%1, and the same on %n other components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n component(s))</source>
        <translation>
            <numerusform>%1 (%n component)</numerusform>
            <numerusform>%1 (%n components)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::WhatIfView</name>
    <message numerus="yes">
        <source>%n more suggestion(s) not offered (greenprint suggest lists them all).</source>
        <translation>
            <numerusform>%n more suggestion not offered (greenprint suggest lists them all).</numerusform>
            <numerusform>%n more suggestions not offered (greenprint suggest lists them all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) of the plan itself (greenprint suggest lists them all).</source>
        <translation>
            <numerusform>%n more problem of the plan itself (greenprint suggest lists them all).</numerusform>
            <numerusform>%n more problems of the plan itself (greenprint suggest lists them all).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::CalibrationFormats</name>
    <message numerus="yes">
        <source>Calibration from actuals: %1 of %n component(s) calibrated</source>
        <translation>
            <numerusform>Calibration from actuals: %1 of %n component calibrated</numerusform>
            <numerusform>Calibration from actuals: %1 of %n components calibrated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::cli</name>
    <message numerus="yes">
        <source>&apos;%1&apos; expects %n argument(s)</source>
        <translation>
            <numerusform>&apos;%1&apos; expects %n argument</numerusform>
            <numerusform>&apos;%1&apos; expects %n arguments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%n component(s))</source>
        <translation>
            <numerusform>%1: valid (%n component)</numerusform>
            <numerusform>%1: valid (%n components)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>wrote %1 (%n page)</numerusform>
            <numerusform>wrote %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; expects at least %n argument(s)</source>
        <translation>
            <numerusform>&apos;%1&apos; expects at least %n argument</numerusform>
            <numerusform>&apos;%1&apos; expects at least %n arguments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n component(s) calibrated)</source>
        <translation>
            <numerusform>wrote %1 (%n component calibrated)</numerusform>
            <numerusform>wrote %1 (%n components calibrated)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n way(s) on the front (kgCO2e, USD, hours) among %2 evaluated.

</source>
        <translation>
            <numerusform>%1: %n way on the front (kgCO2e, USD, hours) among %2 evaluated.

</numerusform>
            <numerusform>%1: %n ways on the front (kgCO2e, USD, hours) among %2 evaluated.

</numerusform>
        </translation>
    </message>
</context>
</TS>
