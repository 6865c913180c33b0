<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Undo Commands</name>
    <message>
        <source>Size by hours</source>
        <translation>時間で見積もる</translation>
    </message>
    <message>
        <source>Add custom instance</source>
        <translation>カスタムインスタンスを追加</translation>
    </message>
    <message>
        <source>Remove custom instance</source>
        <translation>カスタムインスタンスを削除</translation>
    </message>
    <message>
        <source>Add custom region</source>
        <translation>カスタムリージョンを追加</translation>
    </message>
    <message>
        <source>Remove custom region</source>
        <translation>カスタムリージョンを削除</translation>
    </message>
    <message>
        <source>Add component</source>
        <translation>コンポーネントを追加</translation>
    </message>
    <message>
        <source>Duplicate component</source>
        <translation>コンポーネントを複製</translation>
    </message>
    <message>
        <source>Remove component</source>
        <translation>コンポーネントを削除</translation>
    </message>
    <message>
        <source>Move component</source>
        <translation>コンポーネントを移動</translation>
    </message>
    <message>
        <source>Rename component</source>
        <translation>コンポーネント名を変更</translation>
    </message>
    <message>
        <source>Change instance type</source>
        <translation>インスタンスタイプを変更</translation>
    </message>
    <message>
        <source>Change instance count</source>
        <translation>インスタンス数を変更</translation>
    </message>
    <message>
        <source>Change hours</source>
        <translation>時間を変更</translation>
    </message>
    <message>
        <source>Change utilization</source>
        <translation>使用率を変更</translation>
    </message>
    <message>
        <source>Change measured power</source>
        <translation>実測電力を変更</translation>
    </message>
    <message>
        <source>Change pricing</source>
        <translation>料金体系を変更</translation>
    </message>
    <message>
        <source>Change storage class</source>
        <translation>ストレージクラスを変更</translation>
    </message>
    <message>
        <source>Change stored size</source>
        <translation>保存容量を変更</translation>
    </message>
    <message>
        <source>Change storage months</source>
        <translation>保存月数を変更</translation>
    </message>
    <message>
        <source>Change transferred size</source>
        <translation>転送量を変更</translation>
    </message>
    <message>
        <source>Change destination region</source>
        <translation>転送先リージョンを変更</translation>
    </message>
    <message>
        <source>Change active hours per week</source>
        <translation>週あたりの稼働時間を変更</translation>
    </message>
    <message>
        <source>Change idle hours per week</source>
        <translation>週あたりのアイドル時間を変更</translation>
    </message>
    <message>
        <source>Change weeks</source>
        <translation>週数を変更</translation>
    </message>
    <message>
        <source>Change tuning strategy</source>
        <translation>チューニング戦略を変更</translation>
    </message>
    <message>
        <source>Change trials</source>
        <translation>試行回数を変更</translation>
    </message>
    <message>
        <source>Change hours per trial</source>
        <translation>試行あたりの時間を変更</translation>
    </message>
    <message>
        <source>Change endpoint mode</source>
        <translation>エンドポイントのモードを変更</translation>
    </message>
    <message>
        <source>Change hours provisioned</source>
        <translation>プロビジョニング時間を変更</translation>
    </message>
    <message>
        <source>Change models hosted</source>
        <translation>ホストするモデル数を変更</translation>
    </message>
    <message>
        <source>Change log volume</source>
        <translation>ログ量を変更</translation>
    </message>
    <message>
        <source>Change log retention</source>
        <translation>ログ保持期間を変更</translation>
    </message>
    <message>
        <source>Change logging months</source>
        <translation>ログ記録の月数を変更</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>プロジェクト名を変更</translation>
    </message>
    <message>
        <source>Change project region</source>
        <translation>プロジェクトのリージョンを変更</translation>
    </message>
    <message>
        <source>Change stage region</source>
        <translation>ステージのリージョンを変更</translation>
    </message>
    <message>
        <source>Change methodology</source>
        <translation>算定方法を変更</translation>
    </message>
    <message>
        <source>Change embodied carbon</source>
        <translation>内包排出量を変更</translation>
    </message>
    <message>
        <source>Change PUE override</source>
        <translation>PUE の上書き値を変更</translation>
    </message>
    <message>
        <source>Change spot discount</source>
        <translation>スポット割引を変更</translation>
    </message>
    <message>
        <source>Change grid-intensity dataset</source>
        <translation>グリッド炭素強度のデータセットを変更</translation>
    </message>
    <message>
        <source>Change server lifetime</source>
        <translation>サーバーの耐用年数を変更</translation>
    </message>
    <message>
        <source>Change market-based year</source>
        <translation>マーケット基準の年を変更</translation>
    </message>
    <message>
        <source>Change work</source>
        <translation>処理量を変更</translation>
    </message>
    <message>
        <source>Change model parameters</source>
        <translation>モデルパラメーター数を変更</translation>
    </message>
    <message>
        <source>Change training tokens</source>
        <translation>学習トークン数を変更</translation>
    </message>
    <message>
        <source>Change epochs</source>
        <translation>エポック数を変更</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>リクエスト数を変更</translation>
    </message>
    <message>
        <source>Change tokens per request</source>
        <translation>リクエストあたりのトークン数を変更</translation>
    </message>
    <message>
        <source>Change precision</source>
        <translation>数値精度を変更</translation>
    </message>
    <message>
        <source>Add scenario from the Pareto front</source>
        <translation>パレートフロントからシナリオを追加</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>シナリオを複製</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>シナリオを追加</translation>
    </message>
    <message>
        <source>Remove scenario</source>
        <translation>シナリオを削除</translation>
    </message>
    <message>
        <source>Apply suggestion</source>
        <translation>提案を適用</translation>
    </message>
    <message>
        <source>Remove suggestion</source>
        <translation>提案を削除</translation>
    </message>
    <message>
        <source>Set override</source>
        <translation>上書きを設定</translation>
    </message>
    <message>
        <source>Change override path</source>
        <translation>上書きのパスを変更</translation>
    </message>
    <message>
        <source>Remove override</source>
        <translation>上書きを削除</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>シナリオ名を変更</translation>
    </message>
    <message>
        <source>Toggle suggestion</source>
        <translation>提案の適用を切り替え</translation>
    </message>
    <message>
        <source>Calibrate &quot;%1&quot; from actuals</source>
        <translation>「%1」を実績から較正</translation>
    </message>
    <message>
        <source>Calibrate plan from actuals</source>
        <translation>計画を実績から較正</translation>
    </message>
    <message>
        <source>Calibrate component from actuals</source>
        <translation>コンポーネントを実績から較正</translation>
    </message>
    <message>
        <source>Change allowed regions</source>
        <translation>許可リージョンを変更</translation>
    </message>
    <message>
        <source>Change accuracy floor</source>
        <translation>精度下限を変更</translation>
    </message>
    <message>
        <source>Change latency ceiling</source>
        <translation>レイテンシ上限を変更</translation>
    </message>
    <message>
        <source>Change edge devices</source>
        <translation>エッジデバイスを変更</translation>
    </message>
    <message>
        <source>Change users&apos; region</source>
        <translation>ユーザーのリージョンを変更</translation>
    </message>
    <message>
        <source>Add whole-plan scenario</source>
        <translation>プラン全体のシナリオを追加</translation>
    </message>
    <message>
        <source>Change active parameters</source>
        <translation>アクティブパラメーター数を変更</translation>
    </message>
    <message>
        <source>Change output tokens per request</source>
        <translation>リクエストあたりの出力トークン数を変更</translation>
    </message>
    <message>
        <source>Change batch size</source>
        <translation>バッチサイズを変更</translation>
    </message>
    <message>
        <source>Change recurrence</source>
        <translation>繰り返しを変更</translation>
    </message>
    <message>
        <source>Change recurrence months</source>
        <translation>繰り返し期間を変更</translation>
    </message>
    <message>
        <source>Change requests per month</source>
        <translation>月あたりのリクエスト数を変更</translation>
    </message>
    <message>
        <source>Change trainable parameters</source>
        <translation>学習対象パラメータを変更</translation>
    </message>
    <message>
        <source>Change sequence length</source>
        <translation>シーケンス長を変更</translation>
    </message>
    <message>
        <source>Change layers</source>
        <translation>レイヤー数を変更</translation>
    </message>
    <message>
        <source>Change hidden size</source>
        <translation>隠れ次元を変更</translation>
    </message>
    <message>
        <source>Change busy-time factor</source>
        <translation>稼働時間係数を変更</translation>
    </message>
    <message>
        <source>Change accelerator load</source>
        <translation>アクセラレーター負荷を変更</translation>
    </message>
</context>
<context>
    <name>greenprint::AccuracyTargetRule</name>
    <message>
        <source>Train &quot;%1&quot; to an accuracy target, not a fixed %2 epochs</source>
        <translation>「%1」を固定の %2 エポックではなく精度目標まで学習する</translation>
    </message>
    <message>
        <source>Stop when the validation score reaches the project&apos;s accuracy floor (%1 of the baseline score). Shown for %2 epochs instead of %3.</source>
        <translation>検証スコアがプロジェクトの精度下限（ベースラインスコアの %1）に達したら停止します。%3 エポックではなく %2 エポックで表示しています。</translation>
    </message>
    <message>
        <source>Set an accuracy target (constraints.accuracyFloor) that meets the business requirement without exceeding it, and stop when the validation score reaches it. Shown for %1 epochs instead of %2.</source>
        <translation>業務要件を満たしつつ超えすぎない精度目標（constraints.accuracyFloor）を設定し、検証スコアがそれに達したら停止します。%2 エポックではなく %1 エポックで表示しています。</translation>
    </message>
    <message>
        <source>Assumption: the target is reached one epoch earlier; Greenprint does not know how fast your model converges.</source>
        <translation>前提：目標には 1 エポック早く到達するものとします。モデルの収束速度は Greenprint にはわかりません。</translation>
    </message>
    <message>
        <source>Accuracy stops at the target instead of the score of the last epoch.</source>
        <translation>精度は最終エポックのスコアではなく目標値で止まります。</translation>
    </message>
    <message>
        <source>Train to an accuracy target, not a fixed number of epochs</source>
        <translation>固定エポック数ではなく精度目標まで学習する</translation>
    </message>
</context>
<context>
    <name>greenprint::ActualImportRunner</name>
    <message>
        <source>Importing “%1”…</source>
        <translation>「%1」をインポートしています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Importing Actual Usage</source>
        <translation>実績データのインポート</translation>
    </message>
</context>
<context>
    <name>greenprint::AddScenario</name>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
</context>
<context>
    <name>greenprint::Advisor</name>
    <message>
        <source>On this plan it saves less than 0.5 % of the kgCO2e (%1 kgCO2e).</source>
        <translation>この計画では削減量が kgCO2e の 0.5 % 未満（%1 kgCO2e）です。</translation>
    </message>
    <message>
        <source>uses %1, which the project does not allow (allowed: %2)</source>
        <translation>プロジェクトで許可されていない %1 を使用します（許可：%2）</translation>
    </message>
    <message>
        <source>may lower accuracy by an amount no source states, and the project must keep %1 % of the baseline score</source>
        <translation>精度がどの程度下がるかを示す出典はなく、プロジェクトはベースラインスコアの %1 % を維持する必要があります</translation>
    </message>
    <message>
        <source>keeps %1 % of the baseline score, below the project&apos;s floor of %2 %</source>
        <translation>ベースラインスコアの %1 % を維持しますが、プロジェクトの下限 %2 % を下回ります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may slow responses past the project&apos;s ceiling of %2 ms</source>
        <translation>「%1」により応答がプロジェクトの上限 %2 ms を超えて遅くなる可能性があります</translation>
    </message>
    <message>
        <source>On this plan it adds %1 kgCO2e: a cost saving that raises carbon.</source>
        <translation>この計画では %1 kgCO2e 増えます。排出量が増えるコスト削減です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; puts the endpoints a median %2 ms round trip from users near %3 (region_latency.csv), past the project&apos;s ceiling of %4 ms</source>
        <translation>「%1」ではエンドポイントが %3 付近のユーザーから往復中央値 %2 ms（region_latency.csv）となり、プロジェクトの上限 %4 ms を超えます</translation>
    </message>
    <message>
        <source>%1 is not offered in %2 (EC2 offerings of %3), and the best match the Region offers saves neither carbon nor cost there</source>
        <translation>%1 は %2 で提供されていません（%3 時点の EC2 提供情報）。このリージョンで提供される最も近い候補では、排出量もコストも削減できません</translation>
    </message>
</context>
<context>
    <name>greenprint::AllowedRegionsDialog</name>
    <message>
        <source>Allowed Regions</source>
        <translation>許可リージョン</translation>
    </message>
    <message>
        <source>Tick the regions the data and the workload may use (data residency), in the table or on the map. The region ranking, the advisor, the Pareto search and the PDF keep to them. No region ticked: any region.</source>
        <translation>データとワークロードが使用できるリージョン（データ所在地）を、表または地図でチェックしてください。リージョンのランキング、提案、パレート探索、PDF はこれに従います。チェックなし：任意のリージョン。</translation>
    </message>
    <message>
        <source>Search region id, name or basis…</source>
        <translation>リージョン ID、名前、根拠を検索…</translation>
    </message>
    <message>
        <source>Search regions</source>
        <translation>リージョンを検索</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Any Region</source>
        <translation>任意のリージョン(&amp;A)</translation>
    </message>
    <message>
        <source>Untick every region: the plan may use any region</source>
        <translation>すべてのチェックを外す：計画は任意のリージョンを使用できます</translation>
    </message>
    <message>
        <source>Regions; tick the allowed ones</source>
        <translation>リージョン（許可するものをチェック）</translation>
    </message>
</context>
<context>
    <name>greenprint::ArchiveStorageRule</name>
    <message>
        <source>Archive &quot;%1&quot; in %2 if it is rarely read</source>
        <translation>読み出しがまれなら「%1」を %2 にアーカイブする</translation>
    </message>
    <message>
        <source>Archival storage classes are the energy-efficient tier for infrequently accessed data; S3 Intelligent-Tiering moves data between tiers by itself when access patterns change. AWS publishes no energy figure per storage class and the reference data gives every S3 class the same medium and replication, so only the cost changes here. Assumption: the data is read rarely.</source>
        <translation>アーカイブ用ストレージクラスは、アクセス頻度の低いデータ向けのエネルギー効率の高い階層です。S3 Intelligent-Tiering はアクセスパターンの変化に応じてデータを自動で階層間移動します。AWS はストレージクラスごとのエネルギー値を公表しておらず、参照データではすべての S3 クラスに同じ媒体と複製を割り当てているため、ここで変わるのはコストだけです。前提：データの読み出しはまれです。</translation>
    </message>
    <message>
        <source>Retrieval takes minutes to hours and is billed per GB (not counted); objects are billed for at least 90 days.</source>
        <translation>取り出しには数分から数時間かかり、GB 単位で課金されます（計上していません）。オブジェクトは最低 90 日分課金されます。</translation>
    </message>
    <message>
        <source>Archive rarely read data in an archival storage class</source>
        <translation>めったに読まないデータをアーカイブ用ストレージクラスに移す</translation>
    </message>
</context>
<context>
    <name>greenprint::AssumptionsView</name>
    <message>
        <source>Assumptions of the estimate</source>
        <translation>見積もりの前提条件</translation>
    </message>
    <message numerus="yes">
        <source>The estimate relies on %n assumption(s):</source>
        <translation>
            <numerusform>この見積もりは %n 件の前提条件に基づいています：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::AsyncEndpointRule</name>
    <message>
        <source>Serve &quot;%1&quot; from an asynchronous endpoint that scales to zero</source>
        <translation>「%1」をゼロまでスケールする非同期エンドポイントで提供する</translation>
    </message>
    <message>
        <source>The endpoint is busy %1 of its %2 hours. An asynchronous endpoint queues requests and can scale its instances to zero between bursts; the copy provisions it for the %3 busy hours only. Assumption: no warm-up or cool-down time. Not counted: the batching a queue allows (measured on an H100, batch 32 used %4 less energy per sample than batch 1).</source>
        <translation>エンドポイントは %2 時間のうち %1 稼働しています。非同期エンドポイントはリクエストをキューに入れ、バーストの合間にインスタンスをゼロまでスケールできます。コピーでは稼働中の %3 時間だけプロビジョニングします。前提：ウォームアップ・クールダウン時間なし。計上していないもの：キューによって可能になるバッチ処理（H100 での測定では、バッチ 32 はバッチ 1 よりサンプルあたりのエネルギーが %4 少ない）。</translation>
    </message>
    <message>
        <source>Callers get results later (seconds to minutes when scaled to zero); only for users who can tolerate some latency.</source>
        <translation>呼び出し側が結果を受け取るのは遅くなります（ゼロまでスケールした場合は数秒から数分）。ある程度の遅延を許容できる利用者向けです。</translation>
    </message>
    <message>
        <source>Serve from asynchronous endpoints that scale to zero</source>
        <translation>ゼロまでスケールする非同期エンドポイントで提供する</translation>
    </message>
</context>
<context>
    <name>greenprint::AtomicFile</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>フォルダー %1 が存在しません</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written</source>
        <translation>%2 バイト中 %1 バイトしか書き込めませんでした</translation>
    </message>
</context>
<context>
    <name>greenprint::AutosaveController</name>
    <message>
        <source>cannot create the recovery folder %1</source>
        <translation>復元用フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot lock the recovery file in %1</source>
        <translation>%1 の復元用ファイルをロックできません</translation>
    </message>
    <message>
        <source>cannot write the recovery file: %1</source>
        <translation>復元用ファイルを書き込めません：%1</translation>
    </message>
</context>
<context>
    <name>greenprint::AutoscalingRule</name>
    <message>
        <source>Traffic spikes wait for scale-out (minutes); keep a minimum capacity for availability.</source>
        <translation>トラフィックの急増時はスケールアウト（数分）を待つことになります。可用性のため最小容量を確保してください。</translation>
    </message>
    <message numerus="yes">
        <source>Autoscale &quot;%1&quot;: about %n instance(s) instead of %2</source>
        <translation>
            <numerusform>「%1」をオートスケーリング：%2 台ではなく約 %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The endpoint is busy %1 of the time. Target-tracking autoscaling (with the instance type from Inference Recommender) keeps only the instances the traffic needs; the copy runs %n instance(s) on average. Assumption: the load is spread evenly and packs at up to 75 % utilization.</source>
        <translation>
            <numerusform>エンドポイントの稼働率は %1 です。ターゲット追跡オートスケーリング（Inference Recommender が示すインスタンスタイプを使用）は、トラフィックに必要なインスタンスだけを維持します。コピーでは平均 %n 台を稼働させます。前提：負荷は均等に分散し、使用率 75 % まで集約されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Autoscale the endpoints</source>
        <translation>エンドポイントをオートスケールする</translation>
    </message>
</context>
<context>
    <name>greenprint::BackgroundRead</name>
    <message>
        <source>Reading “%1” (%2 MiB)…</source>
        <translation>「%1」を読み込み中（%2 MiB）…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Opening Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
</context>
<context>
    <name>greenprint::BandDrivers</name>
    <message>
        <source>Fraction of peak</source>
        <translation>ピーク比</translation>
    </message>
    <message>
        <source>Instance power</source>
        <translation>インスタンスの消費電力</translation>
    </message>
    <message>
        <source>Grid intensity</source>
        <translation>電力網の炭素強度</translation>
    </message>
    <message>
        <source>How much of its peak a job sized from work reaches: the P10 to P90 spread of the fit on published runs, or the class range where no fit applies. It sets the hours and the load together.</source>
        <translation>作業量から見積もったジョブが達成するピーク性能の割合：公開された実行への当てはめの P10〜P90 の幅、当てはめがない場合はクラスの範囲。時間と負荷を同時に決めます。</translation>
    </message>
    <message>
        <source>The power model&apos;s range at the component&apos;s load: measured, interpolated or derived, as the instance table says.</source>
        <translation>コンポーネントの負荷における電力モデルの範囲：インスタンス表のとおり、実測・補間・導出のいずれか。</translation>
    </message>
    <message>
        <source>The spread between the grid-intensity datasets that cover the Region.</source>
        <translation>そのリージョンを対象とする電力網炭素強度データセット間のばらつき。</translation>
    </message>
</context>
<context>
    <name>greenprint::BatchTransformRule</name>
    <message>
        <source>Run &quot;%1&quot; as a batch transform job</source>
        <translation>「%1」をバッチ変換ジョブとして実行する</translation>
    </message>
    <message>
        <source>When results are not needed in real time, batch transform runs the %1 requests in large batches and decommissions the cluster when the job ends; the copy counts the busy hours of the work at full load instead of %2 provisioned hours. Measured on an H100, batch 32 used %3 less energy per sample than batch 1, so the saving per request can be larger than counted.</source>
        <translation>結果をリアルタイムで必要としない場合、バッチ変換は %1 件のリクエストを大きなバッチで処理し、ジョブ終了時にクラスターを廃止します。コピーでは %2 時間のプロビジョニングではなく、全負荷での処理の稼働時間を計上します。H100 での測定ではバッチ 32 はバッチ 1 よりサンプルあたりのエネルギーが %3 少なく、リクエストあたりの削減量は計上値より大きい可能性があります。</translation>
    </message>
    <message>
        <source>Not real time: results arrive when the batch job runs.</source>
        <translation>リアルタイムではありません：結果はバッチジョブの実行時に届きます。</translation>
    </message>
    <message>
        <source>Run inference as batch transform jobs</source>
        <translation>推論をバッチ変換ジョブとして実行する</translation>
    </message>
</context>
<context>
    <name>greenprint::BayesianTuningRule</name>
    <message>
        <source>Bayesian search for &quot;%1&quot;: %2 trials instead of %3</source>
        <translation>「%1」のベイズ探索：%3 回ではなく %2 回の試行</translation>
    </message>
    <message>
        <source>Bayesian search picks each trial from the results of the previous ones and typically needs %1x fewer training jobs than random search (C18).</source>
        <translation>ベイズ探索は前の試行の結果から次の試行を選ぶため、通常ランダム探索より学習ジョブが %1 分の 1 で済みます（C18）。</translation>
    </message>
    <message>
        <source>No source gives the ratio against grid search; the copy applies the random-search ratio.</source>
        <translation>グリッド探索との比率を示す出典はないため、コピーではランダム探索の比率を適用します。</translation>
    </message>
    <message>
        <source>Trials run more sequentially (less parallelism), so the search can take longer in wall-clock time.</source>
        <translation>試行はより逐次的に実行される（並列度が下がる）ため、探索にかかる実時間は長くなる場合があります。</translation>
    </message>
    <message>
        <source>Tune with Bayesian search</source>
        <translation>ベイズ探索でチューニングする</translation>
    </message>
</context>
<context>
    <name>greenprint::Calibration</name>
    <message numerus="yes">
        <source>%1 (%2, %3 to %4, %n record(s))</source>
        <translation>
            <numerusform>%1（%2、%3～%4、%n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: measured %2 h per trial and instance (the plan assumed %3 h), from %4</source>
        <translation>「%1」：試行・インスタンスあたり %2 h を測定（計画の前提は %3 h）、出典 %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: measured %2 h per instance (the plan assumed %3 h), from %4</source>
        <translation>「%1」：インスタンスあたり %2 h を測定（計画の前提は %3 h）、出典 %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: measured utilization %2 % (the plan assumed %3 %), from %4</source>
        <translation>「%1」：測定した使用率 %2 %（計画の前提は %3 %）、出典 %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: measured average power %2 W per instance replaces the power model (%3 W at the plan&apos;s load), from %4; its utilization no longer changes its energy</source>
        <translation>「%1」：測定したインスタンスあたり平均電力 %2 W が電力モデル（計画の負荷で %3 W）に代わります、出典 %4。使用率はもうエネルギーに影響しません</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 was changed after calibration (measured %3 from %4); it is not counted as measured</source>
        <translation>「%1」：%2 は較正後に変更されました（測定値 %3、出典 %4）。測定値としては扱いません</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>utilization</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>power</source>
        <translation>電力</translation>
    </message>
</context>
<context>
    <name>greenprint::CatalogPickerDialog</name>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>Chosen: none</source>
        <translation>選択：なし</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>選択：%1</translation>
    </message>
    <message>
        <source>Chosen: %1, hidden by the search</source>
        <translation>選択：%1（検索で非表示）</translation>
    </message>
</context>
<context>
    <name>greenprint::CcfProfile</name>
    <message>
        <source>CCF emission factor</source>
        <translation>CCF 排出係数</translation>
    </message>
    <message>
        <source>CCF &quot;Unknown&quot; factor</source>
        <translation>CCF の「Unknown」係数</translation>
    </message>
    <message>
        <source>CCF gives a single figure, so low = central = high. Market-based figures apply AWS&apos;s renewable matching to CCF&apos;s location-based result (CCF reports no market-based figure).</source>
        <translation>CCF は単一の値を示すため、下限 = 中央 = 上限です。マーケット基準の値は、CCF のロケーション基準の結果に AWS の再エネ充当を適用したものです（CCF 自体はマーケット基準の値を示しません）。</translation>
    </message>
    <message>
        <source>%1: as CCF does for SageMaker usage, &quot;ml.&quot; is stripped to find the vCPUs and GPUs, but the processors are looked up under the full name, which CCF does not list: its average watts, and no memory</source>
        <translation>%1: SageMaker の使用に対して CCF が行うとおり、vCPU と GPU を求めるときは「ml.」を取り除きますが、プロセッサーは CCF が登録していない完全な名前で検索されます。そのため CCF の平均ワットを使い、メモリは計上しません</translation>
    </message>
    <message>
        <source>%1: CCF has no watts for its processors; CCF&apos;s averages (%2–%3 W per vCPU) are used, as CCF does</source>
        <translation>%1: CCF にはこのプロセッサーのワット値がないため、CCF と同じく平均値（vCPU あたり %2–%3 W）を使用します</translation>
    </message>
    <message>
        <source>%1: CCF has no watts for its GPUs; as CCF&apos;s code does, its average CPU watts are used per GPU</source>
        <translation>%1: CCF にはこの GPU のワット値がないため、CCF のコードと同じく GPU ごとに CPU の平均ワットを使用します</translation>
    </message>
    <message>
        <source>%1: burstable; CCF counts its %2 % baseline of %3 vCPUs</source>
        <translation>%1: バースト可能タイプのため、CCF は %3 vCPU のベースライン %2 % を計上します</translation>
    </message>
    <message>
        <source>%1: not in CCF&apos;s instance list; the power figures of your catalog are used (Greenprint&apos;s extrapolation, not CCF&apos;s)</source>
        <translation>%1: CCF のインスタンス一覧にありません。カタログの電力値を使用します（CCF ではなく Greenprint による外挿）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not covered by CCF (%2 lists no such type): CCF would estimate it only from the vCPU count of the bill. Greenprint&apos;s extrapolation: its %3 vCPUs at CCF&apos;s average watts; accelerators, memory and embodied emissions are not counted</source>
        <translation>「%1」は CCF の対象外です（%2 にこのタイプはありません）。CCF は請求書の vCPU 数だけから推定します。Greenprint による外挿: %3 vCPU を CCF の平均ワットで計算し、アクセラレーター、メモリ、内包排出量は計上しません</translation>
    </message>
    <message>
        <source>%1: CCF lists no factor; its &quot;Unknown&quot; average is used, as CCF does</source>
        <translation>%1: CCF に係数がないため、CCF と同じく「Unknown」の平均を使用します</translation>
    </message>
    <message>
        <source>Cloud Carbon Footprint profile: reproduces %1 (npm), its instance list, coefficients and code path; utilization fixed at CCF&apos;s %2 %, PUE %3, CCF&apos;s emission factors.</source>
        <translation>Cloud Carbon Footprint プロファイル: %1（npm）をそのインスタンス一覧、係数、計算手順ごと再現します。使用率は CCF の %2 % に固定、PUE %3、CCF の排出係数。</translation>
    </message>
    <message>
        <source>CCF embodied emissions: its scope-3 figure of the server x hours / vCPUs / %1 h x vCPUs / the family&apos;s largest vCPUs, as CCF&apos;s code computes it (CCF fixes the server life at %1 h; the project&apos;s %2-year setting applies to the greenprint profile only).</source>
        <translation>CCF の内包排出量: サーバーの Scope 3 値 x 時間 / vCPU / %1 h x vCPU / ファミリー最大サイズの vCPU。CCF のコードと同じ計算です（CCF はサーバー寿命を %1 h に固定しています。プロジェクトの %2 年の設定は greenprint プロファイルにのみ適用されます）。</translation>
    </message>
    <message>
        <source>As CCF does, the energy includes embodied emissions converted to kWh at the region&apos;s factor; that part is not electricity drawn.</source>
        <translation>CCF と同じく、エネルギーには内包排出量をリージョンの係数で kWh に換算した分が含まれます。この部分は実際の消費電力ではありません。</translation>
    </message>
    <message>
        <source>Cloud Carbon Footprint method, reproducing %1 (npm) over CCF&apos;s own instance list and tables: per-vCPU min/max watts of the type&apos;s processors at %2 % utilization, GPUs and memory as CCF counts them, CCF&apos;s PUE, emission factors and embodied emissions as its code computes them (also reported as energy, as CCF does), so that the numbers match that tool. A type CCF does not list is flagged.</source>
        <translation>Cloud Carbon Footprint 手法。%1（npm）を CCF 自身のインスタンス一覧と表で再現します: タイプのプロセッサーの vCPU あたり最小／最大ワットを使用率 %2 % で、GPU とメモリは CCF の数え方で、PUE、排出係数、内包排出量は CCF のコードの計算どおり（CCF と同じくエネルギーとしても計上）にし、数値がこのツールと一致するようにします。CCF が登録していないタイプには注記が付きます。</translation>
    </message>
    <message>
        <source>CCF</source>
        <translation>CCF</translation>
    </message>
</context>
<context>
    <name>greenprint::Charts</name>
    <message>
        <source>million %1</source>
        <translation>百万 %1</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>千 %1</translation>
    </message>
</context>
<context>
    <name>greenprint::ComparisonCharts</name>
    <message>
        <source>Carbon per stage, baseline against scenario</source>
        <translation>ステージ別の排出量（ベースラインとシナリオの比較）</translation>
    </message>
    <message>
        <source>No scenario to compare</source>
        <translation>比較するシナリオがありません</translation>
    </message>
    <message>
        <source>Carbon per stage, baseline and scenario (%1)</source>
        <translation>ステージ別の排出量、ベースラインとシナリオ（%1）</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>%1 (operational %2, embodied %3)</source>
        <translation>%1（運用時 %2、内包 %3）</translation>
    </message>
    <message>
        <source>%1
Baseline: %2
Scenario: %3</source>
        <translation>%1
ベースライン：%2
シナリオ：%3</translation>
    </message>
</context>
<context>
    <name>greenprint::ComponentForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>A name for this component, shown in the stage navigator and in reports.</source>
        <translation>このコンポーネントの名前。ステージナビゲーターとレポートに表示されます。</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Pick an instance type from the catalog</source>
        <translation>カタログからインスタンスタイプを選択</translation>
    </message>
    <message>
        <source>Choose instance type</source>
        <translation>インスタンスタイプの選択</translation>
    </message>
    <message>
        <source>&amp;Instance type:</source>
        <translation>インスタンス(&amp;I):</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>処理量</translation>
    </message>
    <message>
        <source>Si&amp;ze by:</source>
        <translation>見積もり方法(&amp;Z):</translation>
    </message>
    <message>
        <source>State the hours, or the work (model size and tokens) from which the hours follow through the instance&apos;s accelerator throughput. Changing the instance then changes the hours by the throughput ratio.</source>
        <translation>時間を直接指定するか、処理量（モデルサイズとトークン数）を指定します。後者の場合、時間はインスタンスのアクセラレーターのスループットから求まります。インスタンスを変更すると、時間はスループットの比率に応じて変わります。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>&amp;Work kind:</source>
        <translation>処理の種類(&amp;W):</translation>
    </message>
    <message>
        <source>Training: FLOPs = 6 × parameters × tokens × epochs. Inference: FLOPs = 2 × parameters × tokens per request × requests.</source>
        <translation>学習：FLOPs = 6 × パラメーター数 × トークン数 × エポック数。推論：FLOPs = 2 × パラメーター数 × リクエストあたりのトークン数 × リクエスト数。</translation>
    </message>
    <message>
        <source>P&amp;arameters:</source>
        <translation>パラメーター数(&amp;A):</translation>
    </message>
    <message>
        <source> billion</source>
        <translation> 十億</translation>
    </message>
    <message>
        <source>Model parameters, in billions (e.g. 0.34 for BERT-large, 7 for a 7B model).</source>
        <translation>モデルのパラメーター数（十億単位。例：BERT-large は 0.34、7B モデルは 7）。</translation>
    </message>
    <message>
        <source>Training to&amp;kens:</source>
        <translation>学習トークン数(&amp;K):</translation>
    </message>
    <message>
        <source> billion per epoch</source>
        <translation> 十億／エポック</translation>
    </message>
    <message>
        <source>Tokens seen in one epoch, in billions.</source>
        <translation>1 エポックで処理するトークン数（十億単位）。</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>エポック数(&amp;E):</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> エポック</translation>
    </message>
    <message>
        <source>Passes over the training tokens.</source>
        <translation>学習トークン全体を処理する回数。</translation>
    </message>
    <message>
        <source>Re&amp;quests:</source>
        <translation>リクエスト数(&amp;Q):</translation>
    </message>
    <message>
        <source> million</source>
        <translation> 百万</translation>
    </message>
    <message>
        <source>Requests served, in millions (over the hours provisioned for an endpoint).</source>
        <translation>処理するリクエスト数（百万単位。エンドポイントの場合はプロビジョニング時間全体で）。</translation>
    </message>
    <message>
        <source>To&amp;kens per request:</source>
        <translation>リクエストあたりのトークン数(&amp;K):</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> トークン</translation>
    </message>
    <message>
        <source>Tokens processed per request (prompt and output).</source>
        <translation>リクエストごとに処理するトークン数（プロンプトと出力）。</translation>
    </message>
    <message>
        <source>P&amp;recision:</source>
        <translation>数値精度(&amp;R):</translation>
    </message>
    <message>
        <source>Number format of the job; the accelerator&apos;s peak throughput at this precision sizes the hours (int8 in TOPS).</source>
        <translation>ジョブの数値形式。この精度でのアクセラレーターのピークスループットから時間を求めます（int8 は TOPS）。</translation>
    </message>
    <message>
        <source>Derived:</source>
        <translation>算出値:</translation>
    </message>
    <message>
        <source>From the live estimate: hours = FLOPs ÷ (instances × peak TFLOPS × achieved fraction of peak, MFU). Read-only.</source>
        <translation>ライブ見積もりから算出：時間 = FLOPs ÷（インスタンス数 × ピーク TFLOPS × ピークに対する達成率 MFU）。読み取り専用。</translation>
    </message>
    <message>
        <source>The hours cannot be derived: %1.</source>
        <translation>時間を算出できません：%1。</translation>
    </message>
    <message>
        <source>The hours cannot be derived (see Issues).</source>
        <translation>時間を算出できません（「問題」を参照）。</translation>
    </message>
    <message>
        <source>at %1 % of %2 TFLOPS peak</source>
        <translation>ピーク %2 TFLOPS の %1 %</translation>
    </message>
    <message>
        <source>≈ %1 h per trial
%2
%3 h per instance, all trials</source>
        <translation>≈ 試行あたり %1 h
%2
インスタンスあたり %3 h（全試行）</translation>
    </message>
    <message>
        <source>≈ %1 h busy
%2
%3 h of capacity counted</source>
        <translation>≈ 稼働 %1 h
%2
計上容量 %3 h</translation>
    </message>
    <message>
        <source>≈ %1 h per instance
%2</source>
        <translation>≈ インスタンスあたり %1 h
%2</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>accelerator load %1 % on the power curve</source>
        <translation>電力曲線上のアクセラレータ負荷 %1 %</translation>
    </message>
    <message>
        <source>at %1 TFLOPS sustained
(a published achieved rate, not a peak)</source>
        <translation>持続 %1 TFLOPS
（公表された実測値、ピークではありません）</translation>
    </message>
    <message>
        <source>Acti&amp;ve parameters:</source>
        <translation>アクティブパラメーター数(&amp;V):</translation>
    </message>
    <message>
        <source>All (dense)</source>
        <translation>すべて（密）</translation>
    </message>
    <message>
        <source>Mixture of experts: the parameters each token passes through, in billions (e.g. 3 for a 30B-A3B model). FLOPs count these; memory holds all parameters. Unset: a dense model.</source>
        <translation>Mixture of Experts：各トークンが通過するパラメーター数（十億単位。例：30B-A3B モデルは 3）。FLOPs はこれを数え、メモリはすべてのパラメーターを保持します。未設定：密なモデル。</translation>
    </message>
    <message>
        <source>Not served token by token</source>
        <translation>トークンごとには処理しない</translation>
    </message>
    <message>
        <source>Of the tokens per request, those generated one at a time. Set, the request is served as a language model serves it: the prompt in one compute-bound pass, each output token in a decode step bound by memory bandwidth. Unset: one pass over all tokens.</source>
        <translation>リクエストあたりのトークンのうち、1 つずつ生成されるもの。設定すると、言語モデルと同じように処理します：プロンプトは計算律速の 1 回のパス、各出力トークンはメモリ帯域幅律速のデコードステップ。未設定：全トークンを 1 回のパスで処理します。</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>バッチサイズ(&amp;B):</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> リクエスト</translation>
    </message>
    <message>
        <source>1 (assumed)</source>
        <translation>1（前提条件）</translation>
    </message>
    <message>
        <source>Requests one model replica decodes together (batch or concurrency). Larger batches share each read of the weights: far less energy per token. Unset: 1, one request at a time, listed under the assumptions.</source>
        <translation>1 つのモデルレプリカがまとめてデコードするリクエスト数（バッチまたは同時実行数）。大きなバッチは重みの読み出しを共有し、トークンあたりのエネルギーが大幅に減ります。未設定：1（一度に 1 リクエスト）、前提条件に記載されます。</translation>
    </message>
    <message>
        <source>Output tokens p&amp;er request:</source>
        <translation>リクエストあたりの出力トークン数(&amp;E):</translation>
    </message>
    <message>
        <source> million / month</source>
        <translation> 百万 / 月</translation>
    </message>
    <message>
        <source>Traffic in millions of requests per month (730 h), over the hours provisioned: 2 million a month for a year (8760 h) serves 24 million.</source>
        <translation>1 か月（730 h）あたりのリクエスト数（百万単位）。プロビジョニングした時間にわたって処理されます：月 200 万件で 1 年（8760 h）なら 2,400 万件です。</translation>
    </message>
    <message>
        <source>Trainab&amp;le parameters:</source>
        <translation>学習対象パラメータ(&amp;L):</translation>
    </message>
    <message>
        <source>All (full training)</source>
        <translation>すべて（フル学習）</translation>
    </message>
    <message>
        <source>LoRA or adapter fine-tuning: the parameters whose weights are trained, in millions (e.g. 4.2 for rank-8 LoRA on the query and value projections of a 7B model). Weight gradients are computed for these only, so FLOPs per token fall from 6 × parameters towards 4 ×. Unset: all parameters are trained.</source>
        <translation>LoRA またはアダプターによるファインチューニング：重みを学習するパラメータ数（百万単位。例：7B モデルの query と value の射影にランク 8 の LoRA を適用すると 4.2）。重みの勾配はこれらについてのみ計算されるため、トークンあたりの FLOPs は 6 × パラメータ数から 4 × に近づきます。未設定：すべてのパラメータを学習します。</translation>
    </message>
    <message>
        <source>Sequence len&amp;gth:</source>
        <translation>シーケンス長(&amp;G):</translation>
    </message>
    <message>
        <source>Attention not counted</source>
        <translation>アテンションは数えない</translation>
    </message>
    <message>
        <source>Tokens per training sequence. With the layers and the hidden size, attention adds 12 × layers × hidden size × sequence length FLOPs per token (PaLM, appendix B): 15 % more for a 7B model at 4k tokens, more than double at 32k. Unset: 6 × parameters per token.</source>
        <translation>学習シーケンスあたりのトークン数。レイヤー数と隠れ次元と合わせて、アテンションがトークンあたり 12 × レイヤー数 × 隠れ次元 × シーケンス長 の FLOPs を加えます（PaLM 付録 B）：7B モデルで 4k トークンなら 15 % 増、32k なら 2 倍超。未設定：トークンあたり 6 × パラメータ数。</translation>
    </message>
    <message>
        <source>La&amp;yers:</source>
        <translation>レイヤー数(&amp;Y):</translation>
    </message>
    <message>
        <source> layers</source>
        <translation> レイヤー</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Transformer layers of the model (num_hidden_layers in its configuration); with the sequence length and the hidden size.</source>
        <translation>モデルの Transformer レイヤー数（設定の num_hidden_layers）。シーケンス長・隠れ次元と合わせて指定します。</translation>
    </message>
    <message>
        <source>Hi&amp;dden size:</source>
        <translation>隠れ次元(&amp;D):</translation>
    </message>
    <message>
        <source>Attention heads × head dimension (hidden_size in most model configurations); with the sequence length and the layers.</source>
        <translation>アテンションヘッド数 × ヘッド次元（多くのモデル設定の hidden_size）。シーケンス長・レイヤー数と合わせて指定します。</translation>
    </message>
    <message>
        <source>load %1 % on the power curve, the method&apos;s own
(the work implies %2 %)</source>
        <translation>電力曲線上の負荷 %1 %（手法固有の値）
（作業量からは %2 %）</translation>
    </message>
    <message>
        <source>Busy-time &amp;factor:</source>
        <translation>稼働時間係数(&amp;F):</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> 倍</translation>
    </message>
    <message>
        <source>None (× 1)</source>
        <translation>なし (× 1)</translation>
    </message>
    <message>
        <source>The same work in a fraction of the time, at the load the work implies: an optimization&apos;s measured effect, such as a compiled or quantized model (0.87 = 13 % less busy time). The advisor&apos;s compile, quantize and mixed-precision copies set it, with its source. Unset: the hours the work implies.</source>
        <translation>同じ作業を、作業から導かれる負荷のまま、より短い時間で行います。コンパイル済みモデルや量子化モデルなど、最適化の測定された効果です (0.87 = 稼働時間 13 % 減)。アドバイザーのコンパイル、量子化、混合精度のコピーが出典とともに設定します。未設定: 作業から導かれる時間。</translation>
    </message>
    <message>
        <source>no source stated</source>
        <translation>出典の記載なし</translation>
    </message>
    <message>
        <source>busy time × %1
(%2)</source>
        <translation>稼働時間 × %1
(%2)</translation>
    </message>
    <message>
        <source>Accelerator &amp;load:</source>
        <translation>アクセラレーター負荷(&amp;L):</translation>
    </message>
    <message>
        <source>Derived from the work</source>
        <translation>作業から導出</translation>
    </message>
    <message>
        <source>The load on the accelerators&apos; power curve while the job is busy. Greenprint derives it from the same achieved fraction of peak that sets the hours (shown under Derived). Set by hand, time and power no longer follow one model, and the estimate warns. Unset: derived from the work.</source>
        <translation>ジョブ稼働中のアクセラレーターの電力曲線上の負荷です。Greenprint は、時間を決めるのと同じピーク到達率から導出します (「算出値」に表示)。手動で設定すると時間と電力は一つのモデルに従わなくなり、見積もりが警告します。未設定: 作業から導出。</translation>
    </message>
</context>
<context>
    <name>greenprint::ComputeForm</name>
    <message>
        <source>The EC2 instance type. Its idle and maximum power, embodied carbon and price come from the reference data or your own catalog.</source>
        <translation>EC2 のインスタンスタイプ。アイドル時と最大時の電力、内包排出量、価格は参照データまたは独自カタログから取得します。</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>台数(&amp;C):</translation>
    </message>
    <message>
        <source> instances</source>
        <translation> 台</translation>
    </message>
    <message>
        <source>How many instances run in parallel.</source>
        <translation>並列に稼働するインスタンスの台数。</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>時間(&amp;H):</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Utilization:</source>
        <translation>使用率(&amp;U):</translation>
    </message>
    <message>
        <source>Average load of each instance over those hours; power is interpolated between idle (0 %) and maximum (100 %).</source>
        <translation>その時間中の各インスタンスの平均負荷。電力はアイドル（0 %）と最大（100 %）の間で補間します。</translation>
    </message>
    <message>
        <source>&amp;Measured power:</source>
        <translation>実測電力(&amp;M):</translation>
    </message>
    <message>
        <source> W</source>
        <translation> W</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>未測定</translation>
    </message>
    <message>
        <source>Average power you measured per instance (watts, before PUE). Replaces the utilization-based estimate when set.</source>
        <translation>インスタンスあたりの実測平均電力（ワット、PUE 適用前）。設定すると使用率に基づく推定値の代わりに使います。</translation>
    </message>
    <message>
        <source>&amp;Pricing:</source>
        <translation>料金体系(&amp;P):</translation>
    </message>
    <message>
        <source>On-Demand</source>
        <translation>オンデマンド</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>スポット</translation>
    </message>
    <message>
        <source>Spot capacity is billed at the spot discount; energy and carbon are the same.</source>
        <translation>スポット容量はスポット割引で課金されます。エネルギーと排出量は変わりません。</translation>
    </message>
    <message>
        <source>Wall-clock hours each instance runs (each run, for a recurring job).</source>
        <translation>各インスタンスの実時間（繰り返しジョブでは 1 回あたり）。</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>実行(&amp;R):</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>1 回のみ</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>毎週</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>毎月</translation>
    </message>
    <message>
        <source>A job that runs again and again (a weekly ETL, a nightly retraining): the hours or work above are one run&apos;s, and the estimate counts every run.</source>
        <translation>繰り返し実行されるジョブ（毎週の ETL、毎晩の再学習など）：上の時間または作業量は 1 回分で、見積もりはすべての実行を数えます。</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>期間(&amp;O):</translation>
    </message>
    <message>
        <source> months</source>
        <translation> か月</translation>
    </message>
    <message>
        <source>How long the job keeps recurring. A month is 730 h (8760 h / 12), so weekly for 12 months is 52.1 runs and daily for 12 months 365.</source>
        <translation>ジョブを繰り返す期間。1 か月は 730 h（8760 h / 12）なので、12 か月間毎週なら 52.1 回、12 か月間毎日なら 365 回です。</translation>
    </message>
    <message>
        <source>Run count:</source>
        <translation>実行回数:</translation>
    </message>
    <message>
        <source>Runs the estimate counts: the months × 730 h divided by the hours between runs (24, 168 or 730).</source>
        <translation>見積もりが数える実行回数：月数 × 730 h を実行間隔の時間（24、168、730）で割った値。</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 回</translation>
    </message>
</context>
<context>
    <name>greenprint::ConstraintsForm</name>
    <message>
        <source>&amp;Latency ceiling:</source>
        <translation>レイテンシ上限(&amp;L):</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The slowest acceptable response of the inference endpoints, in milliseconds. Suggestions that may slow responses past it (batch, asynchronous or serverless serving) are not offered. None: no ceiling.</source>
        <translation>推論エンドポイントで許容できる最も遅い応答（ミリ秒）。応答をこれより遅くしうる提案（バッチ、非同期、サーバーレスでの提供）は提示されません。なし：上限なし。</translation>
    </message>
    <message>
        <source>Accuracy &amp;floor:</source>
        <translation>精度下限(&amp;F):</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of the baseline model&apos;s score that must be kept, in percent. Suggestions that may lower accuracy below it, or by an amount no source states, are not offered. None: accuracy may be traded, and the advisor asks before it does.</source>
        <translation>ベースラインモデルのスコアのうち維持すべき割合（パーセント）。精度をこれより下げうる提案、またはどの出典も示さない量だけ下げうる提案は提示されません。なし：精度と引き換えにしてよく、提案の前に確認します。</translation>
    </message>
    <message>
        <source>Edge devices:</source>
        <translation>エッジデバイス:</translation>
    </message>
    <message>
        <source>Served to &amp;edge devices</source>
        <translation>エッジデバイスに提供(&amp;E)</translation>
    </message>
    <message>
        <source>The model runs on devices (IoT, phones, cameras): the advisor may then offer compiling it for the edge.</source>
        <translation>モデルがデバイス（IoT、スマートフォン、カメラ）上で動作します。その場合、エッジ向けのコンパイルが提案されることがあります。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Choose allowed regions</source>
        <translation>許可リージョンを選択</translation>
    </message>
    <message>
        <source>Tick the allowed regions in a table or on the map</source>
        <translation>許可リージョンを表または地図でチェック</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>任意のリージョン</translation>
    </message>
    <message>
        <source>The regions the data and the workload may use (data residency), separated by commas. Empty: any region. The region ranking, the advisor and the Pareto search consider only these.</source>
        <translation>データとワークロードが使用できるリージョン（データ所在地）、カンマ区切り。空欄：任意のリージョン。リージョンのランキング、提案、パレート探索はこれらだけを対象にします。</translation>
    </message>
    <message>
        <source>Allowed re&amp;gions:</source>
        <translation>許可リージョン(&amp;G):</translation>
    </message>
    <message>
        <source>Allowed regions</source>
        <translation>許可リージョン</translation>
    </message>
    <message>
        <source>&amp;Users near:</source>
        <translation>ユーザーの所在(&amp;U):</translation>
    </message>
    <message>
        <source>The AWS Region nearest the users of the endpoints. A latency ceiling is checked from there with the measured round trip between regions (cloudping.co): a move of the endpoints is dropped only when it exceeds the ceiling. Empty: the users are taken to be near the endpoints&apos; current region.</source>
        <translation>エンドポイントのユーザーに最も近い AWS リージョン。レイテンシ上限は、ここからリージョン間の実測往復時間（cloudping.co）で確認します。エンドポイントの移動は上限を超える場合にのみ除外されます。空欄：ユーザーはエンドポイントの現在のリージョン付近にいるものとします。</translation>
    </message>
    <message>
        <source>The endpoints&apos; region</source>
        <translation>エンドポイントのリージョン</translation>
    </message>
</context>
<context>
    <name>greenprint::CsvReader</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：ファイルを読み込めません：%2</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>テキストが有効な UTF-8 ではありません</translation>
    </message>
    <message>
        <source>the record has %1 fields, the header has %2</source>
        <translation>レコードのフィールド数は %1 ですが、ヘッダーは %2 です</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; quote the whole field and double the quote</source>
        <translation>引用符で囲まれていないフィールド内に引用符があります。フィールド全体を引用符で囲み、引用符を二重にしてください</translation>
    </message>
    <message>
        <source>unexpected character after the closing quote of a field</source>
        <translation>フィールドの閉じ引用符の後に予期しない文字があります</translation>
    </message>
    <message>
        <source>the quoted field starting here is not closed before the end of the file</source>
        <translation>ここから始まる引用符付きフィールドがファイルの終わりまでに閉じられていません</translation>
    </message>
    <message>
        <source>the file has no header line</source>
        <translation>ファイルにヘッダー行がありません</translation>
    </message>
</context>
<context>
    <name>greenprint::Dashboard</name>
    <message>
        <source>Energy</source>
        <translation>エネルギー</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>排出量</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Hover a bar for the stage&apos;s low–high range and market-based carbon.</source>
        <translation>バーにポインターを合わせると、ステージの下限～上限の範囲とマーケット基準の排出量を表示します。</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>合計 %1</translation>
    </message>
    <message>
        <source>Range %1 (low–high)</source>
        <translation>範囲 %1（下限～上限）</translation>
    </message>
    <message>
        <source>IT %1 before PUE</source>
        <translation>IT %1（PUE 適用前）</translation>
    </message>
    <message>
        <source>Market-based (%1): %2</source>
        <translation>マーケット基準（%1）：%2</translation>
    </message>
    <message>
        <source>List prices, no range</source>
        <translation>定価、範囲なし</translation>
    </message>
    <message>
        <source>On-demand and spot as planned</source>
        <translation>計画どおりのオンデマンドとスポット</translation>
    </message>
    <message>
        <source>Operational %1, embodied %2%3 (over %4 years). %5 method, grid intensity: %6 dataset.</source>
        <translation>運用時 %1、内包 %2%3（%4 年で配分）。算定方法 %5、グリッド炭素強度：データセット %6。</translation>
    </message>
    <message>
        <source> (not included)</source>
        <translation>（含まない）</translation>
    </message>
    <message>
        <source>Some component could not be estimated: see Issues</source>
        <translation>推定できないコンポーネントがあります：「問題」を参照</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>見積もり不可</translation>
    </message>
    <message>
        <source>Market-based (%1): not estimated</source>
        <translation>マーケット基準（%1）：推定不可</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Some price is missing from the reference data: see Issues</source>
        <translation>参照データに価格がありません：「問題」を参照</translation>
    </message>
    <message>
        <source>Per unit of work (SCI): %1</source>
        <translation>作業単位あたり（SCI）: %1</translation>
    </message>
    <message>
        <source>The inputs&apos; ranges, each read as its P10 to P90 interval, combined in quadrature. The chart &quot;What makes the carbon range&quot; shows each input alone.</source>
        <translation>各入力の範囲をそれぞれ P10〜P90 の区間とみなし、二乗和の平方根で合成したもの。グラフ「炭素の範囲を生む要因」が各入力を単独で示します。</translation>
    </message>
    <message>
        <source>Operational carbon only (Scope 2): 0 g/kWh where AWS matched the region&apos;s electricity with renewables in %1; elsewhere the residual mix of the region&apos;s country where a published one is stored, else the location-based factor (each such region is listed under Assumptions). Embodied emissions are not electricity and are not included. Reported beside the location-based total, never instead of it.</source>
        <translation>運用時排出量のみ（Scope 2）：AWS が %1 年にリージョンの電力を再生可能エネルギーでマッチングした場合は 0 g/kWh、それ以外は公開された残余ミックスが保存されていればリージョンの国の残余ミックス、なければロケーション基準の係数（該当するリージョンはすべて前提条件に記載）。内包排出量は電力ではないため含みません。ロケーション基準の合計と並べて示し、その代わりにはしません。</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>見積もり中…</translation>
    </message>
    <message>
        <source>A change is being estimated; the figures follow when it is done</source>
        <translation>変更を見積もり中です。完了すると数値が表示されます</translation>
    </message>
</context>
<context>
    <name>greenprint::DeltaTable</name>
    <message>
        <source>Baseline against scenario: totals and changes</source>
        <translation>ベースラインとシナリオ：合計と変化</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>変化（%）</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>エネルギー（kWh）</translation>
    </message>
    <message>
        <source>Carbon, location-based (kgCO2e)</source>
        <translation>排出量、ロケーション基準（kgCO2e）</translation>
    </message>
    <message>
        <source>Carbon, market-based (kgCO2e)</source>
        <translation>排出量、マーケット基準（kgCO2e）</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>コスト（USD）</translation>
    </message>
    <message>
        <source>Job hours (h)</source>
        <translation>ジョブ時間（h）</translation>
    </message>
    <message>
        <source>%1: baseline %2, scenario %3</source>
        <translation>%1：ベースライン %2、シナリオ %3</translation>
    </message>
    <message>
        <source>No scenario to compare</source>
        <translation>比較するシナリオがありません</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>見積もり不可</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>greenprint::DistilledModelRule</name>
    <message>
        <source>Use a distilled model (DistilBERT) for &quot;%1&quot;</source>
        <translation>「%1」に蒸留モデル（DistilBERT）を使う</translation>
    </message>
    <message>
        <source>A distilled BERT has %1 fewer parameters and keeps %2 of BERT&apos;s score (C12, C14); the copy sizes the work with %1 fewer parameters.</source>
        <translation>蒸留した BERT はパラメーターが %1 少なく、BERT のスコアの %2 を維持します（C12、C14）。コピーではパラメーターを %1 減らして処理量を見積もります。</translation>
    </message>
    <message>
        <source>Measured on an H100: %1 less energy per training step.</source>
        <translation>H100 での測定：学習ステップあたりのエネルギーが %1 減少。</translation>
    </message>
    <message>
        <source>Measured on an H100: %1 less energy per inference sample.</source>
        <translation>H100 での測定：推論サンプルあたりのエネルギーが %1 減少。</translation>
    </message>
    <message>
        <source>Keeps about %1 of the score (GLUE, C14); the distilled model must be trained or fine-tuned for your task.</source>
        <translation>スコアの約 %1 を維持します（GLUE、C14）。蒸留モデルはタスクに合わせて学習またはファインチューニングが必要です。</translation>
    </message>
    <message>
        <source>Use a distilled model (DistilBERT)</source>
        <translation>蒸留モデル (DistilBERT) を使う</translation>
    </message>
</context>
<context>
    <name>greenprint::EdgeDeploymentRule</name>
    <message>
        <source>Run inference on the edge devices</source>
        <translation>推論をエッジデバイスで実行する</translation>
    </message>
    <message numerus="yes">
        <source>The project serves devices: a model compiled with Neo and compressed by pruning and quantization can run on them (SageMaker Edge Manager, AWS IoT Greengrass). The copy drops the %n cloud endpoint(s). Not counted: the energy the devices use to run the model, which is outside this plan.</source>
        <translation>
            <numerusform>このプロジェクトはデバイスにサービスを提供しています。Neo でコンパイルし、枝刈りと量子化で圧縮したモデルはデバイス上で実行できます（SageMaker Edge Manager、AWS IoT Greengrass）。コピーではクラウドエンドポイント %n 個を削除します。計上していないもの：デバイスがモデルの実行に使うエネルギー（この計画の範囲外）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The compressed model can be less accurate; devices need the memory and compute, and model updates must reach them.</source>
        <translation>圧縮したモデルは精度が下がる場合があります。デバイスには十分なメモリと計算能力が必要で、モデルの更新も配信しなければなりません。</translation>
    </message>
</context>
<context>
    <name>greenprint::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Duplicate Component</source>
        <translation>コンポーネントを複製(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move Component</source>
        <translation>コンポーネントを削除(&amp;M)</translation>
    </message>
    <message>
        <source>Move Component &amp;Up</source>
        <translation>コンポーネントを上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move Component Do&amp;wn</source>
        <translation>コンポーネントを下へ(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Add Component</source>
        <translation>コンポーネントを追加(&amp;A)</translation>
    </message>
</context>
<context>
    <name>greenprint::EditorPanel</name>
    <message>
        <source>Select a stage or a component to edit it.</source>
        <translation>編集するステージまたはコンポーネントを選択してください。</translation>
    </message>
    <message>
        <source>%1 › %2 (%3)</source>
        <translation>%1 › %2（%3）</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>ステージ：%1</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>エディター</translation>
    </message>
</context>
<context>
    <name>greenprint::EndpointForm</name>
    <message>
        <source>&amp;Mode:</source>
        <translation>モード(&amp;M):</translation>
    </message>
    <message>
        <source>Real-time</source>
        <translation>リアルタイム</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>非同期</translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation>サーバーレス</translation>
    </message>
    <message>
        <source>Batch transform</source>
        <translation>バッチ変換</translation>
    </message>
    <message>
        <source>How the model is served.</source>
        <translation>モデルの提供方法。</translation>
    </message>
    <message>
        <source>The instance type behind the endpoint.</source>
        <translation>エンドポイントの背後のインスタンスタイプ。</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>台数(&amp;C):</translation>
    </message>
    <message>
        <source> instances</source>
        <translation> 台</translation>
    </message>
    <message>
        <source>Instances behind the endpoint.</source>
        <translation>エンドポイントの背後のインスタンス数。</translation>
    </message>
    <message>
        <source>&amp;Hours provisioned:</source>
        <translation>プロビジョニング時間(&amp;H):</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Utilization:</source>
        <translation>使用率(&amp;U):</translation>
    </message>
    <message>
        <source>Average load while provisioned. Real-time endpoints often idle at 10–30 %.</source>
        <translation>プロビジョニング中の平均負荷。リアルタイムエンドポイントは 10～30 % 程度で待機していることがよくあります。</translation>
    </message>
    <message>
        <source>M&amp;odels hosted:</source>
        <translation>ホストするモデル数(&amp;O):</translation>
    </message>
    <message>
        <source> models</source>
        <translation> モデル</translation>
    </message>
    <message>
        <source>Models sharing the endpoint (multi-model endpoints).</source>
        <translation>エンドポイントを共有するモデル数（マルチモデルエンドポイント）。</translation>
    </message>
    <message>
        <source>Hours the endpoint is up over the plan: always on for a year is 8760 h (a new endpoint&apos;s hours), for a month 730 h. Its requests per month are served over these hours.</source>
        <translation>計画期間中にエンドポイントが稼働する時間。1 年間常時稼働なら 8760 h（新しいエンドポイントの既定値）、1 か月なら 730 h。月あたりのリクエストはこの時間にわたって処理されます。</translation>
    </message>
</context>
<context>
    <name>greenprint::EstimateFormats</name>
    <message>
        <source>Stage / component</source>
        <translation>ステージ / コンポーネント</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>IT kWh</source>
        <translation>IT kWh</translation>
    </message>
    <message>
        <source>kWh (PUE)</source>
        <translation>kWh（PUE）</translation>
    </message>
    <message>
        <source>Op. kgCO2e</source>
        <translation>運用 kgCO2e</translation>
    </message>
    <message>
        <source>Emb. kgCO2e</source>
        <translation>内包 kgCO2e</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Project: %1
Methodology: %2; grid intensity: %3; reference data %4%5

</source>
        <translation>プロジェクト：%1
算定方法：%2、グリッド炭素強度：%3、参照データ %4%5

</translation>
    </message>
    <message>
        <source>; embodied excluded</source>
        <translation>、内包排出量を除く</translation>
    </message>
    <message>
        <source>Carbon %1 kgCO2e (range %2 to %3); market-based %4 kgCO2e (%5 renewable matching); energy %6 kWh (range %7 to %8).</source>
        <translation>排出量 %1 kgCO2e（範囲 %2～%3）、マーケット基準 %4 kgCO2e（再エネ充当 %5）、エネルギー %6 kWh（範囲 %7～%8）。</translation>
    </message>
    <message>
        <source>Assumptions:</source>
        <translation>前提条件：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>注記：</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>見積もり不可</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Carbon and energy not estimated: some component could not be estimated (see the notes).</source>
        <translation>排出量とエネルギーは推定不可：推定できないコンポーネントがあります（注記を参照）。</translation>
    </message>
    <message>
        <source>%1 %2 to %3 kgCO2e</source>
        <translation>%1 %2〜%3 kgCO2e</translation>
    </message>
    <message>
        <source>What makes the range, each alone: %1.</source>
        <translation>範囲を生む要因（それぞれ単独）：%1。</translation>
    </message>
    <message>
        <source>%1 (%2 runs × %3)</source>
        <translation>%1（%2 回 × %3）</translation>
    </message>
</context>
<context>
    <name>greenprint::Estimator</name>
    <message>
        <source>unknown instance type &quot;%1&quot;; it is not in the reference data, your catalog or the project&apos;s catalog</source>
        <translation>不明なインスタンスタイプ「%1」。参照データ、独自カタログ、プロジェクトのカタログのいずれにもありません</translation>
    </message>
    <message>
        <source>no embodied-emissions figure for &quot;%1&quot;; embodied carbon is not counted</source>
        <translation>「%1」の内包排出量の値がないため、内包排出量は計上しません</translation>
    </message>
    <message>
        <source>no price for &quot;%1&quot; in the reference data; its cost is not counted</source>
        <translation>参照データに「%1」の価格がないため、そのコストは計上しません</translation>
    </message>
    <message>
        <source>no reference data for storage class &quot;%1&quot;</source>
        <translation>ストレージクラス「%1」の参照データがありません</translation>
    </message>
    <message>
        <source>unknown destination region &quot;%1&quot;</source>
        <translation>不明な転送先リージョン「%1」</translation>
    </message>
    <message>
        <source>inter-region data transfer</source>
        <translation>リージョン間データ転送</translation>
    </message>
    <message>
        <source>log ingestion and storage</source>
        <translation>ログの取り込みと保存</translation>
    </message>
    <message>
        <source>no published price for %1 in the reference data; its cost is not counted</source>
        <translation>参照データに %1 の公開価格がないため、そのコストは計上しません</translation>
    </message>
    <message>
        <source>this file was last saved with reference data %1; this Greenprint has %2</source>
        <translation>このファイルは参照データ %1 で最後に保存されました。この Greenprint の参照データは %2 です</translation>
    </message>
    <message>
        <source>. Saved: %1 kgCO2e, %2 kWh, %3 USD (%4). Now: %5 kgCO2e, %6 kWh, %7 USD (%8)</source>
        <translation>。保存時：%1 kgCO2e、%2 kWh、%3 USD（%4）。現在：%5 kgCO2e、%6 kWh、%7 USD（%8）</translation>
    </message>
    <message>
        <source>%1: derived size, not in the catalog: power, memory, embodied share and price scaled by vCPU from %2 (%3 vs %4 vCPUs)</source>
        <translation>%1：カタログにない派生サイズ。電力・メモリ・内包排出量の按分・価格を %2 から vCPU 数で換算（%3 対 %4 vCPU）</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>未公表</translation>
    </message>
    <message>
        <source>%1 = %2 %3: a third-party us-east-1 figure, not read on an AWS pricing page</source>
        <translation>%1 = %2 %3：第三者による us-east-1 の値で、AWS の料金ページで確認したものではない</translation>
    </message>
    <message>
        <source>date not stated</source>
        <translation>日付の記載なし</translation>
    </message>
    <message>
        <source>Instance prices: us-east-1 On-Demand Linux, %1</source>
        <translation>インスタンス価格：us-east-1 オンデマンド Linux、%1</translation>
    </message>
    <message>
        <source>%1: us-east-1 price, %2 (no regional price in the sources)</source>
        <translation>%1：us-east-1 の価格、%2（ソースにリージョン別価格なし）</translation>
    </message>
    <message>
        <source>Spot price = On-Demand x (1 - %1): AWS&apos;s &quot;up to 90 %&quot; Spot saving is an upper bound, so Spot costs are a lower bound</source>
        <translation>スポット価格 = オンデマンド x (1 - %1)：AWS の「最大 90 %」の割引は上限のため、スポットのコストは下限</translation>
    </message>
    <message>
        <source>%1: %2 USD per GB-month is a third-party us-east-1 figure, not read on an AWS pricing page</source>
        <translation>%1：GB 月あたり %2 USD は第三者による us-east-1 の値で、AWS の料金ページで確認したものではない</translation>
    </message>
    <message>
        <source>%1: AWS publishes no PUE for this region; the AWS global PUE %2 is used</source>
        <translation>%1：AWS はこのリージョンの PUE を公表していないため、AWS 全体の PUE %2 を使用</translation>
    </message>
    <message>
        <source>%1: SageMaker name of %2, the same hardware; SageMaker price = EC2 On-Demand price x %3: no SageMaker price table in the sources, so SageMaker costs are a lower bound</source>
        <translation>%1：%2 の SageMaker 名（同じハードウェア）。SageMaker 価格 = EC2 オンデマンド価格 x %3：ソースに SageMaker の料金表がないため、SageMaker のコストは下限</translation>
    </message>
    <message>
        <source>the accelerator load is set by hand (%1) instead of the %2 that the achieved fraction of peak (%3) implies; time and power no longer follow one model</source>
        <translation>アクセラレータ負荷が手動で設定されています（%1）。達成ピーク比（%3）から導かれる %2 ではありません。時間と電力は同じモデルに従わなくなります</translation>
    </message>
    <message>
        <source>The project&apos;s catalog replaces the reference instance %1 on purpose: %2 W idle, %3 W at full load.</source>
        <translation>プロジェクトのカタログは参照インスタンス %1 を意図的に置き換えています: アイドル時 %2 W、全負荷時 %3 W。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reference instance; this entry would replace it for the whole project. Give it another id, or add &quot;overridesReference&quot;: true to replace it on purpose</source>
        <translation>「%1」は参照インスタンスです。このエントリはプロジェクト全体でそれを置き換えてしまいます。別の ID を付けるか、意図的に置き換える場合は &quot;overridesReference&quot;: true を追加してください</translation>
    </message>
    <message>
        <source>The project&apos;s catalog replaces the reference region %1 on purpose: %2 gCO2e/kWh.</source>
        <translation>プロジェクトのカタログは参照リージョン %1 を意図的に置き換えています: %2 gCO2e/kWh。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reference region; this entry would replace it for the whole project. Give it another id, or add &quot;overridesReference&quot;: true to replace it on purpose</source>
        <translation>「%1」は参照リージョンです。このエントリはプロジェクト全体でそれを置き換えてしまいます。別の ID を付けるか、意図的に置き換える場合は &quot;overridesReference&quot;: true を追加してください</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot;: neither the reference data nor the project&apos;s catalog defines it</source>
        <translation>不明なリージョン「%1」: 参照データにもプロジェクトのカタログにも定義されていません</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot;; operational carbon of the stages in it is not counted</source>
        <translation>不明なリージョン「%1」: そこにあるステージの運用時排出量は計上されません</translation>
    </message>
    <message>
        <source>%1 instance assumed</source>
        <translation>インスタンス %1 台と仮定</translation>
    </message>
    <message>
        <source>On-Demand pricing assumed (the price AWS lists for every instance)</source>
        <translation>オンデマンド料金と仮定（AWS がすべてのインスタンスに掲載する料金）</translation>
    </message>
    <message>
        <source>%1 % average utilization assumed: CCF&apos;s average for servers in hyperscale data centres (coefficients.csv utilization.default)</source>
        <translation>平均使用率 %1 % と仮定：ハイパースケールデータセンターのサーバーに対する CCF の平均値（coefficients.csv utilization.default）</translation>
    </message>
    <message>
        <source>%1 % utilization while active assumed: CCF&apos;s average for servers in hyperscale data centres (coefficients.csv utilization.default)</source>
        <translation>稼働中の使用率 %1 % と仮定：ハイパースケールデータセンターのサーバーに対する CCF の平均値（coefficients.csv utilization.default）</translation>
    </message>
    <message>
        <source>a real-time endpoint assumed (SageMaker&apos;s default deployment)</source>
        <translation>リアルタイムエンドポイントと仮定（SageMaker の既定のデプロイ）</translation>
    </message>
    <message>
        <source>%1 model per endpoint assumed</source>
        <translation>エンドポイントあたりモデル %1 個と仮定</translation>
    </message>
    <message>
        <source>S3 Standard assumed (the class S3 stores objects in by default)</source>
        <translation>S3 Standard と仮定（S3 が既定でオブジェクトを保存するクラス）</translation>
    </message>
    <message>
        <source>logs never expire (a new CloudWatch log group keeps them forever)</source>
        <translation>ログは期限切れにならない（新しい CloudWatch ロググループは無期限に保持）</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 ほか %2 件</translation>
    </message>
    <message>
        <source>%1 not stated in the file for %2: %3</source>
        <translation>%2 について %1 がファイルに記載されていません：%3</translation>
    </message>
    <message>
        <source>%1 (assumption): TDP %2 W, dense 16-bit peak %3. %4</source>
        <translation>%1（仮定）：TDP %2 W、密な 16 ビットピーク %3。%4</translation>
    </message>
    <message>
        <source>%1 TFLOPS</source>
        <translation>%1 TFLOPS</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <source>%1: runs %2 times (%3 for %4 months of 730 h: %4 x 730 h / %5 h); energy, carbon and cost are one run&apos;s times %2</source>
        <translation>%1：%2 回実行（%3、730 h の月で %4 か月：%4 x 730 h / %5 h）。エネルギー、排出量、コストは 1 回分の %2 倍</translation>
    </message>
    <message>
        <source>attention FLOPs are not counted: state the sequence length, the layers and the hidden size together (%1 of the 3 stated)</source>
        <translation>アテンションの FLOPs は数えていません：シーケンス長・レイヤー数・隠れ次元をそろえて指定してください（3 つのうち %1 つを指定）</translation>
    </message>
    <message>
        <source>%1: energy as CCF models every S3 class, %2 Wh per TB-hour x %3 copies (%4 kWh per TB-month before PUE), an assumption: AWS publishes neither the medium nor the energy of its archive classes, and no published per-TB figure for cloud cold storage was found; tape or spun-down disks would draw less</source>
        <translation>%1: CCF がすべての S3 クラスに用いるのと同じエネルギー、%2 Wh／TB 時 x %3 コピー（PUE 前で %4 kWh／TB 月）。これは前提条件です：AWS はアーカイブクラスの媒体もエネルギーも公表しておらず、クラウドのコールドストレージについて TB あたりの公表値は見つかりませんでした。テープや停止中のディスクならより少ない電力で済みます</translation>
    </message>
    <message>
        <source>project setting</source>
        <translation>プロジェクト設定</translation>
    </message>
    <message>
        <source>no source stated</source>
        <translation>出典の記載なし</translation>
    </message>
    <message>
        <source>%1: busy time x %2 of what its work implies (%3), at the same load on the power curve</source>
        <translation>%1: 作業から導かれる稼働時間の %2 倍 (%3)、電力曲線上の負荷は同じ</translation>
    </message>
</context>
<context>
    <name>greenprint::ExportActions</name>
    <message>
        <source>&amp;PDF Plan…</source>
        <translation>PDF プラン(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;CSV Plan…</source>
        <translation>CSV プラン(&amp;C)…</translation>
    </message>
    <message>
        <source>Write the plan as a PDF document for a design review</source>
        <translation>設計レビュー用に計画を PDF 文書として書き出す</translation>
    </message>
    <message>
        <source>Write one row per component per scenario for a spreadsheet</source>
        <translation>表計算ソフト用にコンポーネント・シナリオごとに 1 行で書き出す</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 をエクスポートしました</translation>
    </message>
    <message>
        <source>Export PDF Plan</source>
        <translation>PDF プランのエクスポート</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Export PDF Plan</source>
        <translation>PDF プランをエクスポートできません</translation>
    </message>
    <message>
        <source>“%1” could not be written:
%2</source>
        <translation>「%1」を書き込めませんでした：
%2</translation>
    </message>
    <message>
        <source>Export CSV Plan</source>
        <translation>CSV プランのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Cannot Export CSV Plan</source>
        <translation>CSV プランをエクスポートできません</translation>
    </message>
    <message>
        <source>“%1” is the open project itself; the plan was not written, so that the project is not replaced. Choose another file name.</source>
        <translation>「%1」は開いているプロジェクトそのものです。プロジェクトを置き換えないよう、プランは書き込まれませんでした。別のファイル名を選んでください。</translation>
    </message>
</context>
<context>
    <name>greenprint::Feasibility</name>
    <message>
        <source>training needs %1 GB for weights, gradients and Adam state (16 bytes per parameter, ZeRO), more than the %2 GB of accelerator memory of one %3</source>
        <translation>学習には重み・勾配・Adam の状態で %1 GB（パラメータあたり 16 バイト、ZeRO）が必要で、%3 1 台のアクセラレータメモリ %2 GB を超えます</translation>
    </message>
    <message>
        <source>training needs %1 GB for weights, gradients and Adam state, more than one %2 holds (%3 GB): sharding it across %4 instances needs a fast interconnect (EFA, at least %5 Gbit/s), and %2 has %6</source>
        <translation>学習には重み・勾配・Adam の状態で %1 GB が必要で、%2 1 台（%3 GB）に収まりません。%4 台に分散するには高速インターコネクト（EFA、%5 Gbit/s 以上）が必要ですが、%2 は %6 です</translation>
    </message>
    <message>
        <source>%1 Gbit/s</source>
        <translation>%1 Gbit/s</translation>
    </message>
    <message>
        <source>no sustained bandwidth listed</source>
        <translation>持続帯域幅の記載なし</translation>
    </message>
    <message>
        <source>training needs %1 GB for weights, gradients and Adam state, more than the %2 GB of accelerator memory of %3 x %4 even when sharded</source>
        <translation>学習には重み・勾配・Adam の状態で %1 GB が必要で、分散しても %3 x %4 のアクセラレータメモリ %2 GB を超えます</translation>
    </message>
    <message>
        <source>the real-time endpoint would be busy %1 % of its provisioned hours, busier than the plan&apos;s %2 % (already above the %3 % that leaves headroom for peaks)</source>
        <translation>リアルタイムエンドポイントはプロビジョニング時間の %1 % が稼働となり、計画の %2 % を上回ります（ピーク用の余裕を残す %3 % をすでに超えています）</translation>
    </message>
    <message>
        <source>the real-time endpoint would be busy %1 % of its provisioned hours, above the %2 % that leaves headroom for peaks</source>
        <translation>リアルタイムエンドポイントはプロビジョニング時間の %1 % が稼働となり、ピーク用の余裕を残す %2 % を超えます</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>日付不明</translation>
    </message>
    <message>
        <source>serving needs %1 GB for the weights and the KV cache of its batch, more than the %2 GB of accelerator memory of one %3 (each endpoint instance holds the whole model)</source>
        <translation>推論には重みとバッチ分の KV キャッシュで %1 GB が必要で、%3 1 台のアクセラレータメモリ %2 GB を超えます（エンドポイントの各インスタンスがモデル全体を保持します）</translation>
    </message>
    <message>
        <source>%1: %2 is not offered in %3 (EC2 offerings of %4)</source>
        <translation>%1：%2 は %3 で提供されていません（%4 時点の EC2 提供情報）</translation>
    </message>
    <message>
        <source>Offered only where the job can run: training holds %1 bytes per parameter (weights, gradients, Adam state: ZeRO; the frozen weights of adapter fine-tuning at the work&apos;s precision), serving the weights plus the KV cache of its batch (assumed %2 values per token per active parameter, Mistral 7B); sharding across instances needs at least %3 Gbit/s per instance (assumed: the catalog&apos;s sources list bandwidth, not EFA support); a real-time endpoint may be busy at most %4 % of its hours (assumed: in a queue a response takes 1 / (1 - busy fraction) times its service time). Activations are not counted. A type is offered only in the Regions the EC2 offerings snapshot of %5 lists for it.</source>
        <translation>ジョブが実行可能な場合にのみ提案します：学習はパラメータあたり %1 バイト（重み・勾配・Adam の状態：ZeRO。アダプターによるファインチューニングで固定する重みはワークの精度で保持）、推論は重みとバッチ分の KV キャッシュ（前提条件：アクティブパラメータ・トークンあたり %2 値、Mistral 7B）を保持します。複数インスタンスへの分散にはインスタンスあたり %3 Gbit/s 以上が必要です（前提条件：カタログの出典は帯域幅を示し、EFA 対応は示しません）。リアルタイムエンドポイントの稼働は時間の %4 % までです（前提条件：待ち行列では応答にサービス時間の 1 / (1 - 稼働率) 倍かかります）。アクティベーションは数えません。インスタンスタイプは、%5 時点の EC2 提供情報がそのタイプについて示すリージョンでのみ提案します。</translation>
    </message>
</context>
<context>
    <name>greenprint::FeatureStoreRule</name>
    <message>
        <source>Share &quot;%1&quot; through SageMaker Feature Store</source>
        <translation>「%1」を SageMaker Feature Store で共有する</translation>
    </message>
    <message>
        <source>Feature engineering that several teams or projects recompute can be computed once and shared. The copy drops this job. Assumption: another team already computes these features into a feature store this project can read; if this project is the one computing them, the saving is the other teams&apos; duplicates instead.</source>
        <translation>複数のチームやプロジェクトが個別に再計算している特徴量エンジニアリングは、一度計算して共有できます。コピーではこのジョブを削除します。前提：別のチームがすでにこれらの特徴量を、このプロジェクトから読める Feature Store に計算しています。このプロジェクト自身が計算している場合は、他チームの重複分が削減対象になります。</translation>
    </message>
    <message>
        <source>Features must match in definition and freshness; the feature store itself stores data (not counted).</source>
        <translation>特徴量は定義と鮮度が一致している必要があります。Feature Store 自体もデータを保存します（計上していません）。</translation>
    </message>
    <message>
        <source>Share features through SageMaker Feature Store</source>
        <translation>SageMaker Feature Store で特徴量を共有する</translation>
    </message>
</context>
<context>
    <name>greenprint::FieldForm</name>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Choose region</source>
        <translation>リージョンの選択</translation>
    </message>
    <message>
        <source>Pick a region by grid carbon intensity</source>
        <translation>グリッド炭素強度でリージョンを選択</translation>
    </message>
</context>
<context>
    <name>greenprint::FieldValueEditor</name>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Choose instance type</source>
        <translation>インスタンスタイプの選択</translation>
    </message>
    <message>
        <source>Choose region</source>
        <translation>リージョンの選択</translation>
    </message>
    <message>
        <source>Pick an instance type from the catalog</source>
        <translation>カタログからインスタンスタイプを選択</translation>
    </message>
    <message>
        <source>Pick a region by grid carbon intensity</source>
        <translation>グリッド炭素強度でリージョンを選択</translation>
    </message>
</context>
<context>
    <name>greenprint::FileActions</name>
    <message>
        <source>Greenprint projects (*.greenprint);;All files (*)</source>
        <translation>Greenprint プロジェクト (*.greenprint);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <source>“%1” could not be opened. The current project is unchanged.</source>
        <translation>「%1」を開けませんでした。現在のプロジェクトは変更されていません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>%n 件の問題が見つかりました：</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>名前を付けてプロジェクトを保存</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>プロジェクトを保存できません</translation>
    </message>
    <message>
        <source>“%1” could not be saved:
%2</source>
        <translation>「%1」を保存できませんでした：
%2</translation>
    </message>
    <message>
        <source>Revert Project</source>
        <translation>プロジェクトを元に戻す</translation>
    </message>
    <message>
        <source>Discard every change since “%1” was last saved?</source>
        <translation>「%1」を最後に保存してからの変更をすべて破棄しますか？</translation>
    </message>
    <message>
        <source>Cannot Revert Project</source>
        <translation>プロジェクトを元に戻せません</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>「%1」には未保存の変更があります。先に保存しますか？</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>最近使ったプロジェクトはありません</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>メニューをクリア(&amp;C)</translation>
    </message>
</context>
<context>
    <name>greenprint::FileSafety</name>
    <message>
        <source>Cannot Restore Project</source>
        <translation>プロジェクトを復元できません</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>ディスク上のファイルが変更されました</translation>
    </message>
    <message>
        <source>“%1” was changed by another program.</source>
        <translation>「%1」が別のプログラムによって変更されました。</translation>
    </message>
    <message>
        <source>Reload it and lose your unsaved changes, or keep your version (saving it will overwrite theirs)?</source>
        <translation>再読み込みして未保存の変更を失いますか？それとも自分のバージョンを残しますか（保存すると相手の変更を上書きします）？</translation>
    </message>
    <message>
        <source>Reload it, or keep the version you have open (saving it will overwrite theirs)?</source>
        <translation>再読み込みしますか？それとも開いているバージョンを残しますか（保存すると相手の変更を上書きします）？</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep My Version</source>
        <translation>自分のバージョンを残す(&amp;K)</translation>
    </message>
    <message>
        <source>Cannot Reload Project</source>
        <translation>プロジェクトを再読み込みできません</translation>
    </message>
    <message>
        <source>File Removed</source>
        <translation>ファイルが削除されました</translation>
    </message>
    <message>
        <source>“%1” was removed or renamed by another program. Your project is still open; save it to keep it.</source>
        <translation>「%1」が別のプログラムによって削除または名前変更されました。プロジェクトは開いたままです。残すには保存してください。</translation>
    </message>
</context>
<context>
    <name>greenprint::FootprintCharts</name>
    <message>
        <source>Operational</source>
        <translation>運用時</translation>
    </message>
    <message>
        <source>Embodied</source>
        <translation>内包</translation>
    </message>
    <message>
        <source>Carbon per stage, operational and embodied</source>
        <translation>ステージ別の排出量（運用時と内包）</translation>
    </message>
    <message>
        <source>%1: %2, range %3
Operational %4, embodied %5
Market-based (%6): %7</source>
        <translation>%1：%2、範囲 %3
運用時 %4、内包 %5
マーケット基準（%6）：%7</translation>
    </message>
    <message>
        <source>Carbon per stage (%1)</source>
        <translation>ステージ別の排出量（%1）</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>排出量</translation>
    </message>
    <message>
        <source>Carbon by component</source>
        <translation>コンポーネント別の排出量</translation>
    </message>
    <message>
        <source>Carbon by component, top %1 (%2)</source>
        <translation>コンポーネント別の排出量、上位 %1（%2）</translation>
    </message>
    <message>
        <source>Carbon by component (%1)</source>
        <translation>コンポーネント別の排出量（%1）</translation>
    </message>
    <message>
        <source>Other regions</source>
        <translation>その他のリージョン</translation>
    </message>
    <message>
        <source>Project region</source>
        <translation>プロジェクトのリージョン</translation>
    </message>
    <message>
        <source>This plan in every region, ranked by carbon</source>
        <translation>全リージョンでのこの計画（排出量順）</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>This plan in every region: the lowest of %1 (%2)</source>
        <translation>全リージョンでのこの計画：%1 リージョン中で排出量の少ない順（%2）</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>This plan in the regions its constraints allow: the lowest of %1 (%2)</source>
        <translation>制約が許可するリージョンでのこの計画：%1 件中の最小 (%2)</translation>
    </message>
    <message>
        <source>Below central</source>
        <translation>中央値より下</translation>
    </message>
    <message>
        <source>Above central</source>
        <translation>中央値より上</translation>
    </message>
    <message>
        <source>What makes the carbon range, one input at a time</source>
        <translation>炭素の範囲を生む要因（入力ごと）</translation>
    </message>
    <message>
        <source>What makes the carbon range: not estimated</source>
        <translation>炭素の範囲を生む要因：未推定</translation>
    </message>
    <message>
        <source>%1 alone: %2 to %3 (central %4)
%5</source>
        <translation>%1 単独：%2〜%3（中央値 %4）
%5</translation>
    </message>
    <message>
        <source>What makes the carbon range (%1)</source>
        <translation>炭素の範囲を生む要因（%1）</translation>
    </message>
    <message>
        <source>This plan in every region: computing…</source>
        <translation>全リージョンでのこの計画：計算中…</translation>
    </message>
    <message>
        <source>This plan in the regions its constraints allow: computing…</source>
        <translation>制約が許可するリージョンでのこの計画：計算中…</translation>
    </message>
</context>
<context>
    <name>greenprint::FunctionalUnits</name>
    <message>
        <source>per pipeline run</source>
        <translation>パイプライン実行 1 回あたり</translation>
    </message>
    <message>
        <source>per notebook week</source>
        <translation>ノートブック 1 週間あたり</translation>
    </message>
    <message>
        <source>per model-building round</source>
        <translation>モデル構築 1 回あたり</translation>
    </message>
    <message>
        <source>per training run</source>
        <translation>トレーニング 1 回あたり</translation>
    </message>
    <message>
        <source>per 1,000 requests</source>
        <translation>1,000 リクエストあたり</translation>
    </message>
    <message>
        <source>for the whole plan</source>
        <translation>計画全体</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>「%1」（%2）</translation>
    </message>
    <message>
        <source>Per training run: R = %1, the runs of &quot;%2&quot;, the training job that draws the most energy in one run; the runs of %3 are shared among them</source>
        <translation>トレーニング 1 回あたり：R = %1。1 回の実行で最も多くのエネルギーを消費する学習ジョブ「%2」の実行回数。%3 の実行はこれらに按分されます</translation>
    </message>
    <message>
        <source>No figure per 1 M tokens served: these components serve requests but state no tokens per request: %1. The stage&apos;s footprint is not divided by the tokens of the other components alone</source>
        <translation>処理した 100 万トークンあたりの値なし：次のコンポーネントはリクエストを処理しますが、リクエストあたりのトークン数が入力されていません：%1。ステージのフットプリントを他のコンポーネントのトークン数だけで割ることはしません</translation>
    </message>
    <message>
        <source>Per 1 M tokens served: R = %1 million tokens, the requests served times the tokens per request (prompt and output tokens together) of every endpoint and job that serves requests</source>
        <translation>処理した 100 万トークンあたり：R = %1 百万トークン。リクエストを処理する各エンドポイントとジョブの、処理したリクエスト数 × リクエストあたりのトークン数（プロンプトと出力のトークンの合計）</translation>
    </message>
    <message>
        <source>per 1 M tokens served</source>
        <translation>処理した 100 万トークンあたり</translation>
    </message>
</context>
<context>
    <name>greenprint::GpuGenerationRule</name>
    <message>
        <source>Run &quot;%1&quot; on a newer GPU generation (%2 x %3)</source>
        <translation>「%1」を新しい世代の GPU で実行（%2 x %3）</translation>
    </message>
    <message>
        <source>Moves %1 x %2 (%3) to %4 x %5 (%6) with the same throughput (datasheet peak x achieved utilization: the job takes %7 of its hours). A newer generation does more work per watt; the saving is the estimator&apos;s, from each instance&apos;s peak and power.</source>
        <translation>%1 x %2（%3）を同じスループット（データシートのピーク x 達成使用率：ジョブの時間は %7）で %4 x %5（%6）に移します。新しい世代はワットあたりの仕事量が多く、削減量は各インスタンスのピークと電力から推定器が求めたものです。</translation>
    </message>
    <message>
        <source>Re-test the model and its dependencies on the new GPU (CUDA version, drivers); capacity of the newest types may be limited in some Regions.</source>
        <translation>新しい GPU でモデルと依存関係を再テストしてください（CUDA のバージョン、ドライバ）。最新タイプの容量は一部のリージョンで限られることがあります。</translation>
    </message>
    <message>
        <source>Run on a newer GPU generation (%1)</source>
        <translation>新しい世代の GPU で実行する (%1)</translation>
    </message>
</context>
<context>
    <name>greenprint::GravitonRule</name>
    <message>
        <source>Run &quot;%1&quot; on Graviton3 (%2 x %3)</source>
        <translation>「%1」を Graviton3 で実行する（%2 x %3）</translation>
    </message>
    <message>
        <source>Moves %1 x %2 to %3 x %4 with the same CPU throughput (cpu_throughput.csv: the job takes %5 of its hours). AWS says Graviton3 uses up to 60 % less energy than comparable instances (C01); the figure here is the estimator&apos;s, from each instance&apos;s power.</source>
        <translation>CPU スループットを保ったまま %1 x %2 を %3 x %4 に移します（cpu_throughput.csv：ジョブの所要時間は元の %5）。AWS によれば Graviton3 は同等のインスタンスより最大 60 % 少ないエネルギーで動作します（C01）。ここでの値は各インスタンスの電力から見積もりエンジンが算出したものです。</translation>
    </message>
    <message>
        <source>The software must run on arm64 (JVM, Python and Spark do; x86-only binaries do not). Throughput ratios are AWS up-to figures.</source>
        <translation>ソフトウェアが arm64 で動作する必要があります（JVM、Python、Spark は対応、x86 専用バイナリは非対応）。スループット比は AWS の「最大」値です。</translation>
    </message>
    <message>
        <source>Run on Graviton3</source>
        <translation>Graviton3 で実行する</translation>
    </message>
</context>
<context>
    <name>greenprint::GreenAlgorithmsProfile</name>
    <message>
        <source>Green Algorithms intensity of the region&apos;s location</source>
        <translation>リージョン所在地の Green Algorithms 炭素強度</translation>
    </message>
    <message>
        <source>%1: Green Algorithms has no intensity for this location; Greenprint&apos;s recommended value is used</source>
        <translation>%1：Green Algorithms にこの所在地の炭素強度がないため、Greenprint の推奨値を使用します</translation>
    </message>
    <message>
        <source>Green Algorithms gives a single figure, so low = central = high. Market-based figures apply AWS&apos;s renewable matching to its location-based result (Green Algorithms reports no market-based figure).</source>
        <translation>Green Algorithms は単一の値を示すため、下限 = 中央 = 上限です。マーケット基準の値は、そのロケーション基準の結果に AWS の再エネ充当を適用したものです（Green Algorithms 自体はマーケット基準の値を示しません）。</translation>
    </message>
    <message>
        <source>%1 is not in Green Algorithms&apos; list; its &quot;Any&quot; GPU (%2 W) is used</source>
        <translation>%1 は Green Algorithms の一覧にないため、「Any」GPU（%2 W）を使用します</translation>
    </message>
    <message>
        <source>Green Algorithms profile: reproduces %1 and its formula; vCPUs count as cores, at its &quot;Any&quot; %2 W per core where the processor is not listed; memory %3 W/GB, PUE %4, no embodied emissions; AWS regions are mapped to its locations by Greenprint.</source>
        <translation>Green Algorithms プロファイル: %1 とその計算式を再現します。vCPU をコアとして数え、プロセッサーが一覧にない場合は「Any」のコアあたり %2 W を使用します。メモリ %3 W/GB、PUE %4、内包排出量なし。AWS リージョンは Greenprint が同ツールの地域に対応付けています。</translation>
    </message>
    <message>
        <source>Green Algorithms method, with its own constants: cores × TDP per core × usage, memory watts per GB, its PUE and its carbon intensity per location; no embodied emissions.</source>
        <translation>Green Algorithms の算定方法（独自の定数を使用）：コア数 × コアあたり TDP × 使用率、GB あたりのメモリ電力、独自の PUE と所在地ごとの炭素強度。内包排出量なし。</translation>
    </message>
</context>
<context>
    <name>greenprint::GreenprintProfile</name>
    <message>
        <source>%1: derived assumption, %2 per chip (%3)</source>
        <translation>%1：推定による前提、チップあたり %2（%3）</translation>
    </message>
    <message>
        <source>%1: no per-vCPU watts for &quot;%2&quot;; AWS average used</source>
        <translation>%1：「%2」の vCPU あたりの電力がないため、AWS の平均値を使用</translation>
    </message>
    <message>
        <source>%1: no TDP published; accelerator power not counted</source>
        <translation>%1：TDP が公開されていないため、アクセラレーターの電力は計上しません</translation>
    </message>
    <message>
        <source>%1: no %2 value; the recommended intensity (%3) is used</source>
        <translation>%1：%2 の値がないため、推奨炭素強度（%3）を使用します</translation>
    </message>
    <message>
        <source>Accelerator power follows the load curve measured on one H100 (whole-board watts / TDP), scaled by each accelerator&apos;s TDP.</source>
        <translation>アクセラレーターの電力は、1 枚の H100 で測定した負荷曲線（ボード全体の W / TDP）に従い、各アクセラレーターの TDP で換算します。</translation>
    </message>
    <message>
        <source>%1 host embodied (%2 kgCO2e for the whole server): %3</source>
        <translation>%1 ホストの内包排出量（サーバー全体で %2 kgCO2e）: %3</translation>
    </message>
    <message>
        <source>%1: no host figure without accelerators; the catalog&apos;s server share is used, which may already count its GPUs</source>
        <translation>%1: アクセラレータを除くホストの値がありません。カタログのサーバー按分値を使います（GPU を既に含む場合があります）</translation>
    </message>
    <message>
        <source>%1: %2 kgCO2e embodied per accelerator; assumption: %3</source>
        <translation>%1: アクセラレータ 1 基あたりの内包排出量 %2 kgCO2e。前提条件: %3</translation>
    </message>
    <message>
        <source>%1: no die area or memory figure for %2; its accelerators&apos; embodied carbon is not counted</source>
        <translation>%1: %2 のダイ面積とメモリの値がありません。アクセラレータの内包排出量は計上されません</translation>
    </message>
    <message>
        <source>Embodied emissions are amortised over %1 years (AWS amortises IT hardware over 6, CCF over 4).</source>
        <translation>内包排出量は %1 年で按分します（AWS は IT ハードウェアを 6 年、CCF は 4 年で按分）。</translation>
    </message>
    <message>
        <source>Embodied carbon of an accelerated instance: its vCPU share of the host server without accelerators (CCF&apos;s server formula) plus each GPU or Neuron chip from its die area and memory (Boavizta&apos;s component model); CPU-only instances keep CCF&apos;s server share.</source>
        <translation>アクセラレータ付きインスタンスの内包排出量: アクセラレータを除くホストサーバーの vCPU 按分（CCF のサーバー式）に、各 GPU または Neuron チップのダイ面積とメモリによる値（Boavizta の部品モデル）を加えます。CPU のみのインスタンスは CCF のサーバー按分値のままです。</translation>
    </message>
    <message>
        <source>Greenprint method. Instance power is the host&apos;s per-vCPU watts for its CPU generation at the component&apos;s utilization, plus memory above the per-chip baseline, plus each accelerator&apos;s TDP scaled by a measured load curve. A job stated as work runs for FLOPs / (peak × achieved fraction of peak), the fraction fitted on published training runs, and draws the power of the load that fraction implies. Facility energy is IT energy × PUE; operational carbon is facility energy × the region&apos;s grid intensity; embodied carbon is the server&apos;s manufacturing share over the hours used. The band spans the P10-P90 interval of the achieved fraction of peak, the grid-intensity datasets and the power bounds.</source>
        <translation>Greenprint 方式。インスタンスの電力は、コンポーネントの利用率における CPU 世代の vCPU あたり電力に、チップあたりの基準を超えるメモリ分と、測定した負荷曲線で調整した各アクセラレータの TDP を加えたものです。作業量で指定したジョブは FLOPs /（ピーク × 達成ピーク比）の時間だけ実行され、その比は公開された学習実績に当てはめたもので、その比から導かれる負荷の電力を消費します。施設エネルギーは IT エネルギー × PUE、運用時排出量は施設エネルギー × リージョンのグリッド炭素強度、内包排出量は使用時間に対するサーバー製造分の按分です。範囲は達成ピーク比の P10-P90 区間、グリッド炭素強度のデータセット、電力の上下限にわたります。</translation>
    </message>
</context>
<context>
    <name>greenprint::IdleNotebookRule</name>
    <message>
        <source>Stop &quot;%1&quot; automatically when idle</source>
        <translation>アイドル時に「%1」を自動停止する</translation>
    </message>
    <message>
        <source>A lifecycle configuration script (or the SageMaker Studio auto-shutdown extension) stops the notebook when it is idle. The copy removes its %1 idle hours a week over %2 weeks. Assumption: the shutdown catches all of them; an idle timeout of an hour leaves up to an hour per idle stretch.</source>
        <translation>ライフサイクル設定スクリプト（または SageMaker Studio の自動シャットダウン拡張機能）で、アイドル状態のノートブックを停止します。コピーでは週 %1 時間のアイドル時間を %2 週間分削除します。前提：シャットダウンですべてのアイドル時間を捕捉できます。アイドルタイムアウトを 1 時間にすると、アイドル期間ごとに最大 1 時間が残ります。</translation>
    </message>
    <message>
        <source>Unsaved kernel state is lost when the notebook stops; restarting takes a few minutes.</source>
        <translation>ノートブックを停止すると未保存のカーネル状態は失われます。再起動には数分かかります。</translation>
    </message>
    <message>
        <source>Stop idle notebooks automatically</source>
        <translation>アイドル状態のノートブックを自動停止する</translation>
    </message>
</context>
<context>
    <name>greenprint::InferentiaRule</name>
    <message>
        <source>Serve &quot;%1&quot; on AWS Inferentia2 (%2 x %3)</source>
        <translation>「%1」を AWS Inferentia2 で提供する（%2 x %3）</translation>
    </message>
    <message>
        <source>Inferentia chips are built for inference: AWS states Inf1 gives 50 % more performance per watt than g4dn (C08) and Inf2 up to 50 % better performance per watt than comparable instances (C03). The copy moves %1 x %2 to %3 x %4 of the same throughput; the estimator gives the hours and the Neuron power.</source>
        <translation>Inferentia チップは推論専用に設計されています。AWS によれば Inf1 は g4dn よりワットあたり性能が 50 % 高く（C08）、Inf2 は同等のインスタンスよりワットあたり性能が最大 50 % 優れています（C03）。コピーでは同じスループットで %1 x %2 を %3 x %4 に移し、時間と Neuron の電力は見積もりエンジンが算出します。</translation>
    </message>
    <message>
        <source>The model must compile with the AWS Neuron SDK; check operator support and re-validate accuracy after compilation.</source>
        <translation>モデルを AWS Neuron SDK でコンパイルできる必要があります。演算子の対応状況を確認し、コンパイル後に精度を再検証してください。</translation>
    </message>
    <message>
        <source>Serve on AWS Inferentia2</source>
        <translation>AWS Inferentia2 で提供する</translation>
    </message>
</context>
<context>
    <name>greenprint::InstanceNames</name>
    <message>
        <source>unknown instance type &quot;%1&quot;: no family &quot;%2&quot; in the catalog; closest known types: %3</source>
        <translation>不明なインスタンスタイプ &quot;%1&quot;：カタログにファミリー &quot;%2&quot; がない。最も近い既知のタイプ：%3</translation>
    </message>
    <message>
        <source>%1 is an accelerated family and its accelerators per size do not follow the vCPUs, so a new size cannot be derived</source>
        <translation>%1 はアクセラレーター搭載ファミリーで、サイズごとのアクセラレーター数が vCPU に比例しないため、新しいサイズは導出できない</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size Greenprint can scale by vCPU</source>
        <translation>&quot;%1&quot; は Greenprint が vCPU で換算できるサイズではない</translation>
    </message>
    <message>
        <source>unknown instance type &quot;%1&quot;: %2; closest known types: %3</source>
        <translation>不明なインスタンスタイプ &quot;%1&quot;：%2。最も近い既知のタイプ：%3</translation>
    </message>
    <message>
        <source>unknown instance type &quot;%1&quot;: no size of %2 to scale from; known types: %3</source>
        <translation>不明なインスタンスタイプ &quot;%1&quot;：換算元となる %2 のサイズがない。既知のタイプ：%3</translation>
    </message>
    <message>
        <source>derived: not in the catalog; %1 x %2 (%3 / %4 vCPUs)</source>
        <translation>派生：カタログにない。%1 x %2（%3 / %4 vCPU）</translation>
    </message>
    <message>
        <source>unknown instance type &quot;%1&quot;: SageMaker does not list it (the EC2 type %2 is known; use that name outside SageMaker)</source>
        <translation>不明なインスタンスタイプ &quot;%1&quot;：SageMaker に存在しない（EC2 タイプ %2 は既知。SageMaker 以外ではその名前を使用）</translation>
    </message>
</context>
<context>
    <name>greenprint::InstancePickerDialog</name>
    <message>
        <source>Instance types</source>
        <translation>インスタンスタイプ</translation>
    </message>
    <message>
        <source>Peak is dense bf16 TFLOPS of all accelerators; the CPU index is vCPUs × throughput per vCPU (Skylake = 1). Typical watts: whole instance at the default utilization, before PUE, Greenprint power model. * Neuron chips (Inferentia, Trainium): derived assumption from AWS&apos;s relative perf-per-watt claims.</source>
        <translation>ピークは全アクセラレーターの密な bf16 TFLOPS、CPU 指数は vCPU 数 × vCPU あたりスループット（Skylake = 1）です。標準電力：既定の使用率でのインスタンス全体の W（PUE 適用前、Greenprint 電力モデル）。* Neuron チップ（Inferentia、Trainium）：AWS が示すワットあたり性能の相対値から推定した前提。</translation>
    </message>
    <message>
        <source>Choose Instance Type</source>
        <translation>インスタンスタイプの選択</translation>
    </message>
    <message>
        <source>Search instances</source>
        <translation>インスタンスを検索</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>すべてのカテゴリ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>カテゴリ(&amp;C):</translation>
    </message>
    <message>
        <source>Search instance or SageMaker ml. name, accelerator, category…</source>
        <translation>インスタンスまたは SageMaker の ml. 名、アクセラレーター、カテゴリーを検索…</translation>
    </message>
</context>
<context>
    <name>greenprint::InstanceTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>* Typical watts are a derived assumption: AWS publishes no power for Neuron chips; it follows from AWS&apos;s relative perf-per-watt claims and datasheet throughput.</source>
        <translation>* 標準電力は推定による前提です。AWS は Neuron チップの電力を公開していないため、AWS が示すワットあたり性能の相対値とデータシートのスループットから求めています。</translation>
    </message>
    <message>
        <source>Idle and max figures: %1</source>
        <translation>アイドル時・最大時の値：%1</translation>
    </message>
    <message>
        <source>Custom instance</source>
        <translation>カスタムインスタンス</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1*</source>
        <extracomment>An asterisk marks a derived assumption (Neuron chips have no published power).</extracomment>
        <translation>%1*</translation>
    </message>
    <message>
        <source>Dense peak of all accelerators at bf16 (fp16 where bf16 is unpublished), TFLOPS</source>
        <translation>全アクセラレーターの bf16 での密なピーク性能（bf16 が未公開の場合は fp16）、TFLOPS</translation>
    </message>
    <message>
        <source>CPU-only instances: vCPUs × relative throughput per vCPU (Skylake vCPU = 1)</source>
        <translation>CPU のみのインスタンス：vCPU 数 × vCPU あたりの相対スループット（Skylake の vCPU = 1）</translation>
    </message>
    <message>
        <source>Whole-instance watts at the default utilization with the Greenprint power model, before PUE. * = derived assumption (Neuron chips)</source>
        <translation>Greenprint 電力モデルによる既定使用率でのインスタンス全体の W（PUE 適用前）。* = 推定による前提（Neuron チップ）</translation>
    </message>
    <message>
        <source>Peak TFLOPS per kilowatt of typical power</source>
        <translation>標準電力 1 kW あたりのピーク TFLOPS</translation>
    </message>
    <message>
        <source>Peak TFLOPS per USD of on-demand price per hour</source>
        <translation>オンデマンド時間単価 1 USD あたりのピーク TFLOPS</translation>
    </message>
    <message>
        <source>Reference idle and maximum watts of the instance table</source>
        <translation>インスタンス表のアイドル時・最大時の参照電力（W）</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>インスタンスタイプ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>メモリ（GiB）</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>アクセラレーター</translation>
    </message>
    <message>
        <source>Peak (TFLOPS)</source>
        <translation>ピーク（TFLOPS）</translation>
    </message>
    <message>
        <source>CPU index</source>
        <translation>CPU 指数</translation>
    </message>
    <message>
        <source>Typical (W)</source>
        <translation>標準（W）</translation>
    </message>
    <message>
        <source>TFLOPS/kW</source>
        <translation>TFLOPS/kW</translation>
    </message>
    <message>
        <source>Price (USD/h)</source>
        <translation>価格（USD/h）</translation>
    </message>
    <message>
        <source>TFLOPS per USD/h</source>
        <translation>USD/h あたり TFLOPS</translation>
    </message>
    <message>
        <source>Idle (W)</source>
        <translation>アイドル（W）</translation>
    </message>
    <message>
        <source>Max (W)</source>
        <translation>最大（W）</translation>
    </message>
    <message>
        <source>SageMaker name of %1 (%2)</source>
        <translation>%1 の SageMaker 名（%2）</translation>
    </message>
    <message>
        <source>The same hardware under its other name: the SageMaker ml. name of an EC2 type, or the EC2 type behind an ml. name</source>
        <translation>同じハードウェアの別名：EC2 タイプの SageMaker ml. 名、または ml. 名の元の EC2 タイプ</translation>
    </message>
    <message>
        <source>SageMaker / EC2 name</source>
        <translation>SageMaker / EC2 名</translation>
    </message>
</context>
<context>
    <name>greenprint::IssuesModel</name>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>greenprint::IssuesView</name>
    <message>
        <source>Issues</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>greenprint::LogRetentionRule</name>
    <message>
        <source>Keep &quot;%1&quot; for one month</source>
        <translation>「%1」の保持期間を 1 か月にする</translation>
    </message>
    <message>
        <source>CloudWatch keeps logs indefinitely unless a retention is set; this plan keeps them %1. The copy keeps them one month. Assumption: one month meets your needs; set the period you actually need.</source>
        <translation>CloudWatch は保持期間を設定しない限りログを無期限に保持します。この計画での保持期間は %1 です。コピーでは 1 か月保持します。前提：1 か月で足ります。実際に必要な期間を設定してください。</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 か月</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>Older logs are gone: export what audits or debugging need.</source>
        <translation>古いログは削除されます。監査やデバッグに必要なものはエクスポートしてください。</translation>
    </message>
    <message>
        <source>Keep logs for one month</source>
        <translation>ログを 1 か月保持する</translation>
    </message>
</context>
<context>
    <name>greenprint::LogsForm</name>
    <message>
        <source>&amp;Volume:</source>
        <translation>量(&amp;V):</translation>
    </message>
    <message>
        <source> GB/month</source>
        <translation> GB/月</translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation>保持期間(&amp;R):</translation>
    </message>
    <message>
        <source> months</source>
        <translation> か月</translation>
    </message>
    <message>
        <source>How long each month&apos;s logs are kept. 0 means they never expire.</source>
        <translation>各月のログを保持する期間。0 は無期限を意味します。</translation>
    </message>
    <message>
        <source>Never expire</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>期間(&amp;D):</translation>
    </message>
    <message>
        <source>How many months the workload produces logs.</source>
        <translation>ワークロードがログを出力する月数。</translation>
    </message>
    <message>
        <source>Logs ingested every month. Type a unit to convert: 2 TB is 2048 GB (AWS bills in binary units: 1 GB = 2^30 bytes, 1 TB = 1024 GB).</source>
        <translation>毎月取り込むログ。単位を付けて入力すると換算します：2 TB は 2048 GB（AWS はバイナリ単位で課金：1 GB = 2^30 バイト、1 TB = 1024 GB）。</translation>
    </message>
</context>
<context>
    <name>greenprint::MainWindow</name>
    <message>
        <source>Reference Data</source>
        <translation>参照データ</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add a component to the current stage</source>
        <translation>現在のステージにコンポーネントを追加</translation>
    </message>
    <message>
        <source>Add component</source>
        <translation>コンポーネントを追加</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>エディター</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Go to &amp;Stages</source>
        <translation>ステージへ移動(&amp;S)</translation>
    </message>
    <message>
        <source>Go to &amp;Editor</source>
        <translation>エディターへ移動(&amp;E)</translation>
    </message>
    <message>
        <source>Go to &amp;Issues</source>
        <translation>問題へ移動(&amp;I)</translation>
    </message>
    <message>
        <source>Go to &amp;Assumptions</source>
        <translation>前提条件へ移動(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>My &amp;Instances and Regions…</source>
        <translation>マイインスタンスとリージョン(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Greenprint</source>
        <translation>Greenprint について(&amp;A)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>%1[*] — Greenprint</source>
        <translation>%1[*] — Greenprint</translation>
    </message>
    <message>
        <source>My Instances and Regions</source>
        <translation>マイインスタンスとリージョン</translation>
    </message>
    <message>
        <source>Your catalog could not be opened:
%1</source>
        <translation>カタログを開けませんでした：
%1</translation>
    </message>
    <message>
        <source>About Greenprint</source>
        <translation>Greenprint について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Greenprint %1&lt;/h3&gt;&lt;p&gt;Plan the energy, carbon and cost of a deep-learning workload on AWS before you run it.&lt;/p&gt;&lt;p&gt;Reference data version %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Greenprint %1&lt;/h3&gt;&lt;p&gt;AWS 上のディープラーニングのワークロードについて、実行前にエネルギー、排出量、コストを計画します。&lt;/p&gt;&lt;p&gt;参照データのバージョン：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>What-if Scenarios</source>
        <translation>What-if シナリオ</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>ダッシュボード(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;What-if Scenarios</source>
        <translation>What-if シナリオ(&amp;W)</translation>
    </message>
    <message>
        <source>Plan vs Actual</source>
        <translation>計画と実績</translation>
    </message>
    <message>
        <source>&amp;Plan vs Actual</source>
        <translation>計画と実績(&amp;P)</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>制約</translation>
    </message>
    <message>
        <source>Greenprint &amp;Manual</source>
        <translation>Greenprint マニュアル(&amp;M)</translation>
    </message>
</context>
<context>
    <name>greenprint::ManualDialog</name>
    <message>
        <source>MFU (model FLOPs utilization)</source>
        <translation>MFU（モデル FLOPs 使用率）</translation>
    </message>
    <message>
        <source>The fraction of the accelerators&apos; peak floating-point throughput a job achieves. A job sized by its work runs for FLOPs ÷ (instances × peak TFLOPS × MFU) hours; Greenprint takes the MFU from published runs of the same accelerator class and lists it under the assumptions.</source>
        <translation>ジョブが実際に達成する、アクセラレーターのピーク浮動小数点スループットに対する割合。作業量で見積もるジョブの実行時間は FLOPs ÷（インスタンス数 × ピーク TFLOPS × MFU）時間です。Greenprint は同じアクセラレーター種別の公開された実行結果から MFU を取り、前提条件に記載します。</translation>
    </message>
    <message>
        <source>PUE (power usage effectiveness)</source>
        <translation>PUE（電力使用効率）</translation>
    </message>
    <message>
        <source>A data centre&apos;s total energy divided by the energy of its IT equipment; 1.0 would mean no cooling or power losses. Greenprint multiplies the servers&apos; energy by the Region&apos;s PUE, or by AWS&apos;s global PUE where AWS publishes none for the Region.</source>
        <translation>データセンターの総エネルギーを IT 機器のエネルギーで割った値で、1.0 なら冷却や電力の損失がないことを意味します。Greenprint はサーバーのエネルギーにリージョンの PUE を掛けます。AWS がそのリージョンの値を公開していない場合は AWS の全体の PUE を使います。</translation>
    </message>
    <message>
        <source>Location-based emissions</source>
        <translation>ロケーション基準の排出量</translation>
    </message>
    <message>
        <source>Operational emissions at the average carbon intensity of the grid the servers draw from (gCO2e per kWh), the GHG Protocol&apos;s Scope 2 location-based method. This is the figure Greenprint totals and compares.</source>
        <translation>サーバーが電力を受けるグリッドの平均炭素強度（gCO2e/kWh）で計算した運用時排出量で、GHG プロトコルのスコープ 2 ロケーション基準手法です。Greenprint が合計し比較するのはこの値です。</translation>
    </message>
    <message>
        <source>Market-based emissions</source>
        <translation>マーケット基準の排出量</translation>
    </message>
    <message>
        <source>Embodied emissions</source>
        <translation>内包排出量</translation>
    </message>
    <message>
        <source>The emissions of manufacturing the hardware (Scope 3), shared out over the servers&apos; lifetime (6 years by default, as AWS amortises its IT hardware) in proportion to the hours a plan uses them.</source>
        <translation>ハードウェア製造時の排出量（スコープ 3）で、サーバーの耐用年数（既定は AWS が IT ハードウェアを償却する 6 年）にわたって、計画が使う時間に比例して配分します。</translation>
    </message>
    <message>
        <source>SCI (Software Carbon Intensity)</source>
        <translation>SCI（ソフトウェア炭素強度）</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>Kilograms of carbon dioxide equivalent: every greenhouse gas counted as the mass of CO2 that warms as much over 100 years.</source>
        <translation>二酸化炭素換算キログラム：各温室効果ガスを、100 年間で同じだけ温暖化させる CO2 の質量として数えます。</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>The average load of an instance, from 0 to 1. Power rises with it from the idle to the full-load draw. A file that leaves it out assumes 0.5, CCF&apos;s average for cloud servers, and says so among the assumptions.</source>
        <translation>インスタンスの平均負荷（0〜1）。消費電力はこれに応じてアイドル時から全負荷時まで上がります。ファイルで省略すると、クラウドサーバーに対する CCF の平均値 0.5 を仮定し、前提条件にそう記載します。</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>The low and high ends of an estimate: every uncertain input (grid intensity, power curve, achieved throughput) at its favourable and its unfavourable end.</source>
        <translation>見積もりの下限と上限：不確かな入力（グリッド炭素強度、電力曲線、達成スループット）をそれぞれ有利な端と不利な端に置いた値です。</translation>
    </message>
    <message>
        <source>Greenprint Manual</source>
        <translation>Greenprint マニュアル</translation>
    </message>
    <message>
        <source>Glossary:</source>
        <translation>用語集：</translation>
    </message>
    <message>
        <source>Describing a plan</source>
        <translation>計画の記述</translation>
    </message>
    <message>
        <source>State each job by its hours, or by its work (model parameters, tokens, epochs, precision), from which the hours follow through the instance&apos;s throughput. Set the project&apos;s Region, or a Region per stage; the estimate follows every edit at once.</source>
        <translation>各ジョブは時間で指定するか、作業量（モデルのパラメーター数、トークン数、エポック数、精度）で指定します。作業量からはインスタンスのスループットを通じて時間が求まります。プロジェクトのリージョン、またはステージごとのリージョンを設定すると、見積もりは編集のたびにすぐ更新されます。</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Sizes take their unit: type 2 TB, 1.5 PB or 500 MB and the field shows the size in GB. Greenprint uses AWS&apos;s billing units, in which 1 GB is 2^30 bytes, so 1 TB is 1024 GB.</source>
        <translation>サイズは単位付きで入力できます。2 TB、1.5 PB、500 MB と入力すると、フィールドは GB で表示します。Greenprint は AWS の課金単位を使い、1 GB は 2^30 バイト、したがって 1 TB は 1024 GB です。</translation>
    </message>
    <message>
        <source>Parameters, tokens and requests are typed in billions or millions and kept as whole numbers: 8 billion parameters are saved as 8000000000.</source>
        <translation>パラメーター数、トークン数、リクエスト数は 10 億または 100 万単位で入力し、整数のまま保持します。80 億パラメーターは 8000000000 として保存されます。</translation>
    </message>
    <message>
        <source>In the Region and instance pickers the search only filters the table: the entry you chose stays chosen, and the line under the table names it.</source>
        <translation>リージョンとインスタンスの選択ダイアログでは、検索は表を絞り込むだけです。選んだ項目は選択されたままで、表の下の行にその名前が表示されます。</translation>
    </message>
    <message>
        <source>Reading the estimate</source>
        <translation>見積もりの読み方</translation>
    </message>
    <message>
        <source>The dashboard shows energy, carbon and cost for the whole plan and per stage, each with its band. Issues lists what could not be estimated and why; Assumptions lists every figure that is not a published value, with its reason, including the defaults a hand-written file relied on.</source>
        <translation>ダッシュボードは計画全体とステージごとのエネルギー、排出量、コストを、それぞれの幅とともに示します。問題 には見積もれなかったものとその理由が、前提条件 には公開値ではないすべての数値がその理由とともに（手書きファイルが頼った既定値も含めて）記載されます。</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>用語集</translation>
    </message>
    <message>
        <source>A plan is one deep-learning workload in the four stages of the AWS guidance for sustainable machine learning: data processing, model building, training and inference. Choose a stage on the left, then add its components with Edit &gt; Add Component: compute jobs, storage, transfers, notebooks, tuning jobs, endpoints and logs.</source>
        <translation>計画は、持続可能な機械学習に関する AWS のガイダンスの 4 つのステージ（データ処理、モデル構築、トレーニング、推論）にわたる 1 つの深層学習ワークロードです。左でステージを選び、編集 &gt; コンポーネントを追加 でコンポーネント（コンピュート、ストレージ、転送、ノートブック、チューニング、エンドポイント、ログ）を追加します。</translation>
    </message>
    <message>
        <source>Edit &gt; Duplicate Component names the copy after the original with the next free number: &quot;Notebook (2)&quot;, &quot;Notebook (3)&quot;.</source>
        <translation>編集 &gt; コンポーネントを複製 は、コピーに元の名前と次の空き番号を付けます：「Notebook (2)」「Notebook (3)」。</translation>
    </message>
    <message>
        <source>The What-if view offers suggestions from the AWS guidance with their savings; tick them into scenarios and compare them with the baseline. File &gt; Export writes the plan as PDF or CSV.</source>
        <translation>What-if ビューは AWS のガイダンスに基づく提案とその削減量を示します。提案にチェックを入れてシナリオにまとめ、ベースラインと比較できます。ファイル &gt; エクスポート で計画を PDF または CSV に書き出せます。</translation>
    </message>
    <message>
        <source>Changing a field in a scenario</source>
        <translation>シナリオでフィールドを変更する</translation>
    </message>
    <message>
        <source>A scenario can also change any figure or choice of the plan without touching the plan itself. In the What-if view&apos;s Field overrides, choose the stage or component (&quot;Training › Fine-tune 8B&quot;), then the field as the editor names it (Instance type, Count, Hours, Utilization, Region override, …), give the value in the same editor as in the plan (the instance or Region picker, a number with its unit, a list of choices) and press Set.</source>
        <translation>シナリオでは、計画そのものを変えずに、計画の任意の数値や選択肢を変更することもできます。What-if ビューのフィールド上書きで、ステージまたはコンポーネント（「Training › Fine-tune 8B」）を選び、エディターでの名前でフィールド（インスタンスタイプ、数、時間、使用率、リージョン上書きなど）を選び、計画と同じエディター（インスタンスやリージョンの選択ダイアログ、単位付きの数値、選択リスト）で値を入力して「設定」を押します。</translation>
    </message>
    <message>
        <source>Each row reads &quot;component · field&quot; and &quot;plan value → scenario value&quot;. Double-click the value to change it in place, select a row and press Remove to take it out; Edit &gt; Undo takes back every change. A row that names a field the plan no longer has (a file edited by hand) stays, as written, with its problem in the Problem column; correct or remove it.</source>
        <translation>各行は「コンポーネント · フィールド」と「計画の値 → シナリオの値」を示します。値をダブルクリックするとその場で変更でき、行を選んで「削除」を押すと取り除けます。編集 &gt; 元に戻すで各変更を取り消せます。計画にもうないフィールドを指す行（手で編集したファイル）は書かれたとおりに残り、問題列にその問題が表示されます。修正するか削除してください。</translation>
    </message>
    <message>
        <source>Advanced: &quot;JSON path…&quot; sets a field of the project file by its path (stages[2].components[0].hours, counting from 0) and a value; text needs no quotes.</source>
        <translation>上級者向け:「JSON パス…」では、プロジェクトファイルのフィールドをパス（stages[2].components[0].hours、0 から数える）と値で設定します。テキストに引用符は不要です。</translation>
    </message>
    <message>
        <source>A job that runs again and again, such as a weekly ETL or a nightly retraining, is one compute component: set Runs to every day, week or month and For to the months it keeps running. Its hours or work are one run&apos;s; the estimate counts every run (a month is 730 h, so weekly for 12 months is 52.1 runs), states the count under Assumptions, and its figure per pipeline or training run stays one run&apos;s.</source>
        <translation>毎週の ETL や毎晩の再学習のように繰り返し実行されるジョブは、1 つのコンピューティングコンポーネントです。「実行」を毎日・毎週・毎月に、「期間」を続ける月数に設定します。時間または作業量は 1 回分で、見積もりはすべての実行を数え（1 か月は 730 h なので、12 か月間毎週なら 52.1 回）、その回数を前提条件に示します。パイプライン実行 1 回あたり・学習 1 回あたりの値は 1 回分のままです。</translation>
    </message>
    <message>
        <source>An endpoint&apos;s traffic is typed in requests per month (730 h) and served over its hours provisioned: 2 million a month for a year (8760 h) are 24 million requests.</source>
        <translation>エンドポイントのトラフィックは 1 か月（730 h）あたりのリクエスト数で入力し、プロビジョニングした時間にわたって処理されます：月 200 万件で 1 年（8760 h）なら 2,400 万件です。</translation>
    </message>
    <message>
        <source>Operational emissions counted with the electricity bought or matched by contract, the GHG Protocol&apos;s Scope 2 market-based method: 0 gCO2e per kWh in Regions where AWS matched its consumption with renewable energy in the chosen year; elsewhere the residual mix of the Region&apos;s country where a published one is stored (the AIB European Residual Mix for EU countries), else the location-based factor, each listed under Assumptions. It is shown beside the location-based figure, never instead of it.</source>
        <translation>契約で購入または充当した電力で数える運用時排出量で、GHG プロトコルのスコープ 2 マーケット基準手法です。選んだ年に AWS が消費電力を再生可能エネルギーで充当したリージョンでは 0 gCO2e/kWh、それ以外では公表された残余ミックスが保存されている国（EU 諸国は AIB European Residual Mix）ではリージョンの国の残余ミックス、ない場合はロケーション基準の係数を使い、それぞれ前提条件に記載します。ロケーション基準の値の横に示し、その代わりにはしません。</translation>
    </message>
    <message>
        <source>The Green Software Foundation&apos;s rate, standardised as ISO/IEC 21031: (E × I + M) per R, energy times grid intensity plus embodied emissions, per functional unit R. Greenprint gives it per pipeline run, per notebook week, per training run, per 1,000 requests served and per 1 M tokens served (prompt and output tokens together).</source>
        <translation>Green Software Foundation の指標で、ISO/IEC 21031 として標準化されています：(E × I + M) / R、すなわちエネルギー × グリッド炭素強度に内包排出量を加え、機能単位 R あたりで表します。Greenprint はパイプライン実行 1 回あたり、ノートブック 1 週あたり、トレーニング 1 回あたり、処理した 1,000 リクエストあたり、処理した 100 万トークンあたり（プロンプトと出力のトークンの合計）で示します。</translation>
    </message>
</context>
<context>
    <name>greenprint::MarketBased</name>
    <message>
        <source>%1: market-based carbon uses the residual mix of %2, %3 gCO2/kWh (%4): AWS lists the Region as not renewable-matched in %5</source>
        <translation>%1: マーケット基準の排出量には %2 の残余ミックス %3 gCO2/kWh（%4）を使用します。AWS は %5 年にこのリージョンを再生可能エネルギーでマッチング済みとして挙げていません</translation>
    </message>
    <message>
        <source>; no %1 residual mix is stored, the %2 one stands in</source>
        <translation>。%1 年の残余ミックスは保存されていないため、%2 年のものを代わりに使用します</translation>
    </message>
    <message>
        <source>; the %1 gCO2/kWh is taken from a third-party copy of the publication, not re-read from it, because no copy of the original is stored (residual_mix.csv names both)</source>
        <translation>。%1 gCO2/kWh は公表資料の第三者による写しから取ったもので、原本は保存されていないため原本では確認していません（residual_mix.csv に両方を記載）</translation>
    </message>
    <message>
        <source>%1 (%2): no residual mix published in the sources Greenprint stores; location-based value used for market-based carbon (%3 gCO2/kWh), as AWS lists the Region as not renewable-matched in %4</source>
        <translation>%1（%2）: Greenprint が保存している資料には公表された残余ミックスがないため、マーケット基準の排出量にはロケーション基準の値（%3 gCO2/kWh）を使用します。AWS は %4 年にこのリージョンを再生可能エネルギーでマッチング済みとして挙げていません</translation>
    </message>
</context>
<context>
    <name>greenprint::MemoryPower</name>
    <message>
        <source>Memory above the per-chip baseline of its CPU generation draws %1 W per GB (CCF&apos;s rate), but a host&apos;s memory never more than its modules can: %2 modules per CPU chip (assumed: 8 channels x 2 modules) at %3 W each (Crucial&apos;s per-module figure), shared by the excess, so large hosts do not add hundreds of watts. A host has one CPU chip per 96 vCPUs (CCF&apos;s rule).</source>
        <translation>CPU世代のチップ当たり基準量を超えるメモリは GB 当たり %1 W（CCF のレート）を消費しますが、ホストのメモリがモジュールの消費可能量を超えることはありません：CPU チップ当たり %2 モジュール（前提条件：8 チャネル x 2 モジュール）、各 %3 W（Crucial のモジュール当たりの値）を超過分に按分するため、大型ホストで数百ワットが加算されることはありません。ホストは 96 vCPU ごとに 1 つの CPU チップを持ちます（CCF のルール）。</translation>
    </message>
</context>
<context>
    <name>greenprint::MethodChoices</name>
    <message>
        <source>Per region, the best available value: Electricity Maps 2023 where published, else the open datasets.</source>
        <translation>リージョンごとに利用できる最良の値：公開されていれば Electricity Maps 2023、なければオープンデータセット。</translation>
    </message>
    <message>
        <source>%1
Year: %2
Basis: %3</source>
        <translation>%1
年：%2
根拠：%3</translation>
    </message>
</context>
<context>
    <name>greenprint::MethodProfile</name>
    <message>
        <source>built-in fallback: not in the reference data</source>
        <translation>組み込みの代替値: 参照データにありません</translation>
    </message>
</context>
<context>
    <name>greenprint::MixedPrecisionRule</name>
    <message>
        <source>Train &quot;%1&quot; in bf16 mixed precision</source>
        <translation>「%1」を bf16 混合精度で学習する</translation>
    </message>
    <message>
        <source>Measured on an H100, a BERT-base training step in bf16 used %1 less energy than in fp32. The copy applies that as %1 fewer busy hours of this %2 job.</source>
        <translation>H100 での測定では、BERT-base の学習ステップは bf16 で fp32 よりエネルギーが %1 少なくなりました。コピーではこれを、この %2 ジョブの稼働時間の %1 削減として適用します。</translation>
    </message>
    <message>
        <source>Mixed precision usually reaches the same accuracy; check loss scaling and numerically sensitive layers.</source>
        <translation>混合精度でも通常は同じ精度に達します。ロススケーリングと数値的に敏感な層を確認してください。</translation>
    </message>
    <message>
        <source>Train in bf16 mixed precision</source>
        <translation>bf16 混合精度で学習する</translation>
    </message>
</context>
<context>
    <name>greenprint::MultiModelEndpointRule</name>
    <message>
        <source>Models load on their first request after a while unused (a cold load adds latency); suited to similar models that are not all busy at once.</source>
        <translation>しばらく使われなかったモデルは最初のリクエスト時に読み込まれます（コールドロードで遅延が増えます）。同時にすべてが使われることのない、似たモデル群に適しています。</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; behind the same multi-model endpoint as &quot;%2&quot;</source>
        <translation>「%1」を「%2」と同じマルチモデルエンドポイントでホストする</translation>
    </message>
    <message>
        <source>Sharing endpoint resources is more sustainable than one endpoint per model: AWS cites up to 90 % lower inference cost and carbon (C20). The copy serves both from one endpoint with the larger instance count and the combined load.</source>
        <translation>モデルごとにエンドポイントを置くより、エンドポイントのリソースを共有する方が持続可能です。AWS は推論のコストと排出量が最大 90 % 減るとしています（C20）。コピーでは、多い方のインスタンス数と合算した負荷で、1 つのエンドポイントから両方を提供します。</translation>
    </message>
    <message numerus="yes">
        <source>Serve the %1 models of &quot;%2&quot; from one multi-model endpoint on %n instance(s)</source>
        <translation>
            <numerusform>「%2」の %1 個のモデルを %n 台のマルチモデルエンドポイントで提供する</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 instances at %2 load host %3 models. Behind one multi-model endpoint (up to 90 % lower inference cost and carbon, C20) they share %n instance(s). Assumption: the load packs at up to 75 % utilization.</source>
        <translation>
            <numerusform>負荷 %2 の %1 台のインスタンスで %3 個のモデルをホストしています。1 つのマルチモデルエンドポイント（推論のコストと排出量が最大 90 % 減、C20）にまとめると %n 台で共有できます。前提：負荷は使用率 75 % まで集約されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Host the endpoints behind one multi-model endpoint</source>
        <translation>エンドポイントを 1 つのマルチモデルエンドポイントにまとめる</translation>
    </message>
    <message>
        <source>Serve several models from one multi-model endpoint</source>
        <translation>複数のモデルを 1 つのマルチモデルエンドポイントで提供する</translation>
    </message>
</context>
<context>
    <name>greenprint::Names</name>
    <message>
        <source>Data processing</source>
        <translation>データ処理</translation>
    </message>
    <message>
        <source>Model building</source>
        <translation>モデル構築</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>コンピューティング</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Data transfer</source>
        <translation>データ転送</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>ノートブック</translation>
    </message>
    <message>
        <source>Hyperparameter tuning</source>
        <translation>ハイパーパラメーターチューニング</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>S3 Standard</source>
        <translation>S3 Standard</translation>
    </message>
    <message>
        <source>S3 Intelligent-Tiering</source>
        <translation>S3 Intelligent-Tiering</translation>
    </message>
    <message>
        <source>S3 Standard-IA</source>
        <translation>S3 Standard-IA</translation>
    </message>
    <message>
        <source>S3 One Zone-IA</source>
        <translation>S3 One Zone-IA</translation>
    </message>
    <message>
        <source>S3 Glacier Instant Retrieval</source>
        <translation>S3 Glacier Instant Retrieval</translation>
    </message>
    <message>
        <source>S3 Glacier Flexible Retrieval</source>
        <translation>S3 Glacier Flexible Retrieval</translation>
    </message>
    <message>
        <source>S3 Glacier Deep Archive</source>
        <translation>S3 Glacier Deep Archive</translation>
    </message>
    <message>
        <source>EBS gp3 (SSD)</source>
        <translation>EBS gp3（SSD）</translation>
    </message>
    <message>
        <source>EBS io2 (SSD)</source>
        <translation>EBS io2（SSD）</translation>
    </message>
    <message>
        <source>EBS st1 (HDD)</source>
        <translation>EBS st1（HDD）</translation>
    </message>
    <message>
        <source>EFS</source>
        <translation>EFS</translation>
    </message>
    <message>
        <source>Trainium</source>
        <translation>Trainium</translation>
    </message>
    <message>
        <source>Inferentia</source>
        <translation>Inferentia</translation>
    </message>
    <message>
        <source>NVIDIA GPU</source>
        <translation>NVIDIA GPU</translation>
    </message>
    <message>
        <source>Graviton</source>
        <translation>Graviton</translation>
    </message>
    <message>
        <source>x86 CPU</source>
        <translation>x86 CPU</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>Other accelerator</source>
        <translation>その他のアクセラレーター</translation>
    </message>
    <message>
        <source>Greenprint</source>
        <translation>Greenprint</translation>
    </message>
    <message>
        <source>Cloud Carbon Footprint</source>
        <translation>Cloud Carbon Footprint</translation>
    </message>
    <message>
        <source>Green Algorithms</source>
        <translation>Green Algorithms</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推奨</translation>
    </message>
    <message>
        <source>Electricity Maps 2023</source>
        <translation>Electricity Maps 2023</translation>
    </message>
    <message>
        <source>OWID / Ember</source>
        <translation>OWID / Ember</translation>
    </message>
</context>
<context>
    <name>greenprint::NeoCompileRule</name>
    <message>
        <source>Compile &quot;%1&quot; for its serving hardware with SageMaker Neo</source>
        <translation>SageMaker Neo で「%1」を提供先ハードウェア向けにコンパイルする</translation>
    </message>
    <message>
        <source>Neo compiles the model into an optimized form for the target instance. No source publishes a Neo saving; the copy applies the compilation saving measured on an H100 (torch.compile, %1 less energy per training sample) to the endpoint&apos;s busy time. Assumption: inference gains about as much.</source>
        <translation>Neo はモデルを対象インスタンス向けに最適化した形にコンパイルします。Neo による削減量を公表している出典はないため、コピーでは H100 で測定したコンパイルによる削減（torch.compile、学習サンプルあたりのエネルギー %1 減）をエンドポイントの稼働時間に適用します。前提：推論でもほぼ同程度の効果があります。</translation>
    </message>
    <message>
        <source>Re-validate accuracy after compilation; not every operator compiles.</source>
        <translation>コンパイル後に精度を再検証してください。すべての演算子がコンパイルできるわけではありません。</translation>
    </message>
    <message>
        <source>Compile models for their serving hardware with SageMaker Neo</source>
        <translation>SageMaker Neo でモデルを提供ハードウェア向けにコンパイルする</translation>
    </message>
</context>
<context>
    <name>greenprint::NeuronPower</name>
    <message>
        <source>%1 uses %2 x the energy of %3 for the same %4 work (%5): at achieved fractions of peak %6 and %7, host and memory %8 W and %9 W, the chip draws %10 W at full load</source>
        <translation>%1 は同じ%4作業（%5）で %3 の %2 倍のエネルギーを使用：ピーク性能の達成率 %6 と %7、ホストとメモリ %8 W と %9 W のとき、チップはフル負荷で %10 W を消費</translation>
    </message>
    <message>
        <source>training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>推論</translation>
    </message>
</context>
<context>
    <name>greenprint::NotebookForm</name>
    <message>
        <source>The notebook&apos;s instance type.</source>
        <translation>ノートブックのインスタンスタイプ。</translation>
    </message>
    <message>
        <source>&amp;Active:</source>
        <translation>稼働(&amp;A):</translation>
    </message>
    <message>
        <source> h/week</source>
        <translation> h/週</translation>
    </message>
    <message>
        <source>Hours per week someone works in the notebook.</source>
        <translation>週あたりにノートブックで作業する時間。</translation>
    </message>
    <message>
        <source>I&amp;dle:</source>
        <translation>アイドル(&amp;D):</translation>
    </message>
    <message>
        <source>Hours per week the notebook is left running unused; it draws idle power and is billed.</source>
        <translation>ノートブックが使われないまま起動している週あたりの時間。アイドル電力を消費し、課金もされます。</translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation>週数(&amp;W):</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> 週</translation>
    </message>
    <message>
        <source>How many weeks the notebook is used.</source>
        <translation>ノートブックを使用する週数。</translation>
    </message>
    <message>
        <source>&amp;Utilization:</source>
        <translation>使用率(&amp;U):</translation>
    </message>
    <message>
        <source>Average load while active.</source>
        <translation>稼働中の平均負荷。</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>台数(&amp;C):</translation>
    </message>
    <message>
        <source> notebooks</source>
        <translation> 台</translation>
    </message>
    <message>
        <source>Identical notebooks, one per person, each with the hours below: four scientists are one component with count 4.</source>
        <translation>同一のノートブック（1 人 1 台）で、それぞれ下記の時間を使います。科学者 4 人なら、数 4 のコンポーネント 1 つです。</translation>
    </message>
</context>
<context>
    <name>greenprint::OneZoneIaRule</name>
    <message>
        <source>Keep &quot;%1&quot; in S3 One Zone-IA if it can be re-created</source>
        <translation>再作成できるなら「%1」を S3 One Zone-IA に保存する</translation>
    </message>
    <message>
        <source>Data you can easily re-create (derived, tokenized or scored data) does not need copies in several Availability Zones. The reference data counts %1 stored copies for %2 and %3 for One Zone-IA.</source>
        <translation>簡単に再作成できるデータ（派生データ、トークン化済みデータ、スコア付きデータ）は、複数のアベイラビリティーゾーンにコピーを置く必要はありません。参照データでは %2 の保存コピー数を %1、One Zone-IA を %3 としています。</translation>
    </message>
    <message>
        <source>The data is lost if its Availability Zone is; re-creating it costs the processing again. Retrieval is billed per GB.</source>
        <translation>アベイラビリティーゾーンが失われるとデータも失われ、再作成には再び処理コストがかかります。取り出しは GB 単位で課金されます。</translation>
    </message>
    <message>
        <source>The reference data has no price for One Zone-IA: the cost saving is not counted.</source>
        <translation>参照データに One Zone-IA の価格がないため、コスト削減は計上しません。</translation>
    </message>
    <message>
        <source>Keep re-creatable data in S3 One Zone-IA</source>
        <translation>再作成できるデータを S3 One Zone-IA に置く</translation>
    </message>
</context>
<context>
    <name>greenprint::OverrideApplier</name>
    <message>
        <source>the project cannot be written: %1</source>
        <translation>プロジェクトを書き込めません：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be overridden</source>
        <translation>「%1」は上書きできません</translation>
    </message>
    <message>
        <source>the value is not valid JSON: %1</source>
        <translation>値が有効な JSON ではありません：%1</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 はオブジェクトではありません</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>there is no %1 to remove</source>
        <translation>削除する %1 がありません</translation>
    </message>
    <message>
        <source>the project has no field %1</source>
        <translation>プロジェクトにフィールド %1 がありません</translation>
    </message>
    <message numerus="yes">
        <source>%1 is out of range (%2 has %n item(s))</source>
        <translation>
            <numerusform>%1 は範囲外です（%2 の要素数は %n）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not an array</source>
        <translation>%1 は配列ではありません</translation>
    </message>
    <message>
        <source>an item of a list cannot be removed; set a value</source>
        <translation>リストの要素は削除できません。値を設定してください</translation>
    </message>
    <message>
        <source>adds a key the file format does not define at that place</source>
        <translation>ファイル形式でその位置に定義されていないキーを追加します</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>greenprint::OverrideEditor</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Field overrides of the current scenario</source>
        <translation>現在のシナリオのフィールド上書き</translation>
    </message>
    <message>
        <source>Override field (JSON path)</source>
        <translation>上書きするフィールド（JSON パス）</translation>
    </message>
    <message>
        <source>Remove override</source>
        <translation>上書きを削除</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>フィールド(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>値(&amp;V):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>Stage or component to change</source>
        <translation>変更するステージまたはコンポーネント</translation>
    </message>
    <message>
        <source>The stage or component of the plan whose field the scenario changes</source>
        <translation>シナリオがフィールドを変更する、計画のステージまたはコンポーネント</translation>
    </message>
    <message>
        <source>Field to change</source>
        <translation>変更するフィールド</translation>
    </message>
    <message>
        <source>The field, as the plan&apos;s editor names it</source>
        <translation>計画のエディターでの名前で示したフィールド</translation>
    </message>
    <message>
        <source>Set override</source>
        <translation>上書きを設定</translation>
    </message>
    <message>
        <source>Set this field to this value in the scenario (added, or changed when the scenario overrides it already)</source>
        <translation>シナリオでこのフィールドをこの値に設定します（追加、またはシナリオが既に上書きしている場合は変更）</translation>
    </message>
    <message>
        <source>JSON path…</source>
        <translation>JSON パス…</translation>
    </message>
    <message>
        <source>Advanced: override any field of the project file by its JSON path</source>
        <translation>上級者向け: プロジェクトファイルの任意のフィールドを JSON パスで上書きします</translation>
    </message>
    <message>
        <source>stages[2].components[0].instance</source>
        <translation>stages[2].components[0].instance</translation>
    </message>
    <message>
        <source>A field of the project file, e.g. stages[2].components[0].instance (stages and components count from 0)</source>
        <translation>プロジェクトファイルのフィールド。例: stages[2].components[0].instance（ステージとコンポーネントは 0 から数えます）</translation>
    </message>
    <message>
        <source>eu-north-1</source>
        <translation>eu-north-1</translation>
    </message>
    <message>
        <source>Override value</source>
        <translation>上書きする値</translation>
    </message>
    <message>
        <source>The new value: a number, true or false, null to remove an optional field, or text (quotes are added for you)</source>
        <translation>新しい値: 数値、true または false、省略可能なフィールドを削除する null、またはテキスト（引用符は自動で付きます）</translation>
    </message>
    <message>
        <source>Add override by JSON path</source>
        <translation>JSON パスで上書きを追加</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>パス(&amp;P):</translation>
    </message>
    <message>
        <source>V&amp;alue:</source>
        <translation>値(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>変更対象(&amp;C):</translation>
    </message>
</context>
<context>
    <name>greenprint::OverrideFields</name>
    <message>
        <source>%1 (stage)</source>
        <translation>%1（ステージ）</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>not in the plan</source>
        <translation>計画にない</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (project)</source>
        <translation>%1（プロジェクト）</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
</context>
<context>
    <name>greenprint::OverrideTableModel</name>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>not estimated: %1</source>
        <translation>推定不可：%1</translation>
    </message>
    <message>
        <source>cost unknown: no price for &quot;%1&quot; in the reference data</source>
        <translation>コスト不明：参照データに「%1」の価格がありません</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Plan → scenario</source>
        <translation>計画 → シナリオ</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
</context>
<context>
    <name>greenprint::ParetoChart</name>
    <message>
        <source>Pareto front of one stage: carbon against cost, hours as colour</source>
        <translation>ステージのパレートフロント：排出量とコスト、時間は色で表示</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>現在の計画</translation>
    </message>
    <message>
        <source>≤ %1 h</source>
        <translation>≤ %1 h</translation>
    </message>
    <message>
        <source>%1–%2 h</source>
        <translation>%1～%2 h</translation>
    </message>
    <message>
        <source>%1
%2 %3, %4 USD, %5 h
Click to create a scenario from it.</source>
        <translation>%1
%2 %3、%4 USD、%5 h
クリックするとこの点からシナリオを作成します。</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
</context>
<context>
    <name>greenprint::ParetoPanel</name>
    <message>
        <source>Stage of the Pareto front</source>
        <translation>パレートフロントのステージ</translation>
    </message>
    <message>
        <source>%1, %2 × %3</source>
        <translation>%1、%2 × %3</translation>
    </message>
    <message>
        <source>%1 (current plan)</source>
        <translation>%1（現在の計画）</translation>
    </message>
    <message>
        <source>%1: carbon against cost, time as colour</source>
        <translation>%1：排出量とコスト、時間は色で表示</translation>
    </message>
    <message>
        <source>Nothing to search in this stage (no components, or it runs on your own hardware).</source>
        <translation>このステージには探索対象がありません（コンポーネントがないか、自前のハードウェアで実行しています）。</translation>
    </message>
    <message>
        <source>Only the allowed regions (%1) are searched.</source>
        <translation>許可されたリージョン（%1）だけを探索します。</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>%1 in %2 on %3 × %4</source>
        <translation>%2 の %1（%3 × %4）</translation>
    </message>
    <message numerus="yes">
        <source>%n non-dominated way(s) to run this stage among %1 evaluated. Click a point to create a scenario from it.</source>
        <translation>
            <numerusform>評価した %1 通りのうち、このステージの非劣解は %n 通りです。点をクリックするとシナリオを作成します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The current plan (square) is beaten on carbon, cost and time.</source>
        <translation>現在の計画（四角）は、排出量・コスト・時間のすべてで上回られています。</translation>
    </message>
    <message>
        <source>About the Pareto front</source>
        <translation>パレート最適解について</translation>
    </message>
    <message>
        <source>The stage has components without a price: every point&apos;s cost leaves them out, as the plan&apos;s does.</source>
        <translation>このステージには価格のないコンポーネントがあります。各点のコストは計画と同様にそれらを含みません。</translation>
    </message>
    <message>
        <source>Pareto front of &amp;stage or plan:</source>
        <translation>ステージまたはプランのパレートフロント(&amp;S):</translation>
    </message>
    <message>
        <source>Nothing to search: the plan has no components.</source>
        <translation>探索対象がありません：プランにコンポーネントがありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>計画全体</translation>
    </message>
    <message>
        <source>Every stage in one region, each on its planned hardware or on a hardware move the advisor offers, with the one-off copy of stored data counted</source>
        <translation>すべてのステージを 1 つのリージョンで、各ステージは計画どおりのハードウェアかアドバイザーが提案するハードウェア変更で実行し、保存データの一回限りのコピーも数えます</translation>
    </message>
    <message numerus="yes">
        <source>%n option(s) not offered: a constraint removes them or the job cannot run there (hover here for why).</source>
        <translation>
            <numerusform>%n 件のオプションを提案していません：制約で除外されたか、ジョブをそこで実行できません（理由はここにカーソルを置くと表示）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n way(s) on the whole plan&apos;s front among %1 evaluated, %2 of them not offered (hover here for why). Click a point to add it as a scenario.</source>
        <translation>
            <numerusform>評価した %1 通りのうち %n 通りがプラン全体のフロント上にあり、%2 通りは提案していません（理由はここにカーソルを置くと表示）。点をクリックするとシナリオとして追加します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n way(s) on the front run where AWS&apos;s offering of the type is not known: check before you plan on it (hover here).</source>
        <translation>
            <numerusform>フロント上の %n 件は、AWS がそのタイプを提供しているか不明なリージョンで実行されます：計画に組み込む前に確認してください（ここにカーソルを合わせてください）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching the front of the plan as changed…</source>
        <translation>変更後のプランのフロントを探索中…</translation>
    </message>
</context>
<context>
    <name>greenprint::ParetoSearch</name>
    <message>
        <source>the latency ceiling of %1 ms (constraints.latencyCeilingMs) removes %2: the latency table has no round trip from %3 to it</source>
        <translation>%1 ms のレイテンシ上限（constraints.latencyCeilingMs）により %2 は除外されます：レイテンシ表に %3 からの往復時間がありません</translation>
    </message>
    <message>
        <source>the latency ceiling of %1 ms (constraints.latencyCeilingMs) removes %2: users near %3 would wait a median %4 ms round trip (region_latency.csv)</source>
        <translation>%1 ms のレイテンシ上限（constraints.latencyCeilingMs）により %2 は除外されます：%3 付近のユーザーの往復時間は中央値 %4 ms になります（region_latency.csv）</translation>
    </message>
    <message>
        <source>%1 is not offered in %2 (EC2 offerings of %3)</source>
        <translation>%1 は %2 で提供されていません（%3 時点の EC2 提供情報）</translation>
    </message>
    <message>
        <source>whether %1 offers %2 is not known (the EC2 offerings snapshot does not cover the region or the type)</source>
        <translation>%1 が %2 を提供しているかは不明です（EC2 提供情報のスナップショットがこのリージョンまたはタイプを扱っていません）</translation>
    </message>
</context>
<context>
    <name>greenprint::PdfActualSection</name>
    <message>
        <source>Plan against actual</source>
        <translation>計画と実績</translation>
    </message>
    <message>
        <source>What really ran, from the imported bills and logs, beside the plan. Actual energy and carbon are estimated with the plan&apos;s method from the billed instance types, hours and Regions and the measured utilization; actual cost is the bill&apos;s.</source>
        <translation>インポートした請求とログから、実際に動いたものを計画と並べて示します。実績のエネルギーと排出量は、請求されたインスタンスタイプ・時間・リージョンと測定した使用率から計画と同じ手法で見積もります。実績コストは請求額です。</translation>
    </message>
    <message>
        <source>Billed usage from %1 to %2.</source>
        <translation>請求対象の利用: %1 から %2。</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>見積もり不可</translation>
    </message>
    <message>
        <source>Stage / component</source>
        <translation>ステージ / コンポーネント</translation>
    </message>
    <message>
        <source>Planned kgCO2e</source>
        <translation>計画 kgCO2e</translation>
    </message>
    <message>
        <source>Actual kgCO2e</source>
        <translation>実績 kgCO2e</translation>
    </message>
    <message>
        <source>Change (kgCO2e)</source>
        <translation>変化（kgCO2e）</translation>
    </message>
    <message>
        <source>Planned h</source>
        <translation>計画 h</translation>
    </message>
    <message>
        <source>Actual h</source>
        <translation>実績 h</translation>
    </message>
    <message>
        <source>Planned USD</source>
        <translation>計画 USD</translation>
    </message>
    <message>
        <source>Actual USD</source>
        <translation>実績 USD</translation>
    </message>
    <message>
        <source>%1 kgCO2e</source>
        <translation>%1 kgCO2e</translation>
    </message>
    <message numerus="yes">
        <source>Unplanned usage (%n kind(s))</source>
        <translation>
            <numerusform>計画外の利用（%n 種類）</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>* Part of the usage could not be estimated (an instance type or Region without reference data, or usage outside a plan&apos;s physics): the figures cover the rest.</source>
        <translation>* 利用の一部は見積もれませんでした（参照データのないインスタンスタイプやリージョン、または計画の物理モデルの対象外の利用）。数値は残りの部分を表します。</translation>
    </message>
    <message>
        <source>What drove the differences</source>
        <translation>差異の要因</translation>
    </message>
    <message>
        <source>Unplanned usage</source>
        <translation>計画外の利用</translation>
    </message>
    <message>
        <source>%1 in %2: %3 kgCO2e, %4 USD — %5</source>
        <translation>%2 の %1: %3 kgCO2e、%4 USD — %5</translation>
    </message>
    <message>
        <source>global</source>
        <translation>グローバル</translation>
    </message>
    <message>
        <source>AWS&apos;s own figure</source>
        <translation>AWS 自身の値</translation>
    </message>
    <message>
        <source>AWS&apos;s carbon-emissions export for %1 to %2 (%3) gives %4 kgCO2e location-based%5; Greenprint&apos;s estimate of the billed usage in the same months and Regions is %6 kgCO2e. They differ for known reasons:</source>
        <translation>AWS の炭素排出量エクスポートでは %1～%2（%3）のロケーション基準の排出量は %4 kgCO2e%5 です。同じ月とリージョンの請求対象の利用に対する Greenprint の見積もりは %6 kgCO2e です。両者は次の既知の理由で異なります:</translation>
    </message>
    <message>
        <source> and %1 kgCO2e market-based</source>
        <translation>（マーケット基準 %1 kgCO2e）</translation>
    </message>
    <message>
        <source>Assumptions of the comparison</source>
        <translation>比較の前提条件</translation>
    </message>
</context>
<context>
    <name>greenprint::PdfBarChart</name>
    <message>
        <source>%1 (band to %2)</source>
        <translation>%1（範囲上限 %2）</translation>
    </message>
</context>
<context>
    <name>greenprint::PdfMethodSection</name>
    <message>
        <source>Assumptions and method</source>
        <translation>前提条件と算定方法</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Cost uses AWS list prices (On-Demand, Linux, us-east-1) unless the component sets Spot pricing; storage, transfer and logs use the prices listed below.</source>
        <translation>コストは、コンポーネントでスポット料金を指定しない限り AWS の定価（オンデマンド、Linux、us-east-1）を使います。ストレージ、転送、ログには以下の価格を使います。</translation>
    </message>
    <message>
        <source>Assumptions this estimate relied on</source>
        <translation>この見積もりが依拠した前提条件</translation>
    </message>
    <message>
        <source>None beyond the constants below.</source>
        <translation>以下の定数以外にはありません。</translation>
    </message>
    <message>
        <source>Derived assumption: AWS Neuron accelerator power</source>
        <translation>推定による前提：AWS Neuron アクセラレーターの電力</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>アクセラレーター</translation>
    </message>
    <message>
        <source>Power per chip (W)</source>
        <translation>チップあたり電力（W）</translation>
    </message>
    <message>
        <source>Band (W)</source>
        <translation>範囲（W）</translation>
    </message>
    <message>
        <source>Derivation (derived assumption)</source>
        <translation>算出根拠（推定による前提）</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>公表値</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>Grid intensity and PUE per region</source>
        <translation>リージョン別のグリッド炭素強度と PUE</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Intensity (gCO2e/kWh)</source>
        <translation>炭素強度（gCO2e/kWh）</translation>
    </message>
    <message>
        <source>Intensity basis</source>
        <translation>炭素強度の根拠</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>PUE basis</source>
        <translation>PUE の根拠</translation>
    </message>
    <message>
        <source>unknown region</source>
        <translation>不明なリージョン</translation>
    </message>
    <message>
        <source>the project&apos;s or user&apos;s own value</source>
        <translation>プロジェクトまたはユーザー独自の値</translation>
    </message>
    <message>
        <source>%1 dataset</source>
        <translation>データセット %1</translation>
    </message>
    <message>
        <source>CCF emission factor</source>
        <translation>CCF 排出係数</translation>
    </message>
    <message>
        <source>Green Algorithms location intensity</source>
        <translation>Green Algorithms の所在地別炭素強度</translation>
    </message>
    <message>
        <source>project setting</source>
        <translation>プロジェクト設定</translation>
    </message>
    <message>
        <source>CCF constant</source>
        <translation>CCF の定数</translation>
    </message>
    <message>
        <source>Green Algorithms constant</source>
        <translation>Green Algorithms の定数</translation>
    </message>
    <message>
        <source>AWS regional PUE, %1</source>
        <translation>AWS のリージョン別 PUE、%1</translation>
    </message>
    <message>
        <source>AWS regional PUE</source>
        <translation>AWS のリージョン別 PUE</translation>
    </message>
    <message>
        <source>AWS fleet-wide PUE</source>
        <translation>AWS 全体の PUE</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>アクセラレーター</translation>
    </message>
    <message>
        <source>Power basis</source>
        <translation>電力の根拠</translation>
    </message>
    <message>
        <source>Embodied (kgCO2e)</source>
        <translation>内包（kgCO2e）</translation>
    </message>
    <message>
        <source>Price (USD/h)</source>
        <translation>価格（USD/h）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>project catalog</source>
        <translation>プロジェクトのカタログ</translation>
    </message>
    <message>
        <source>user catalog</source>
        <translation>ユーザーのカタログ</translation>
    </message>
    <message>
        <source>Storage classes</source>
        <translation>ストレージクラス</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>ストレージクラス</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Copies (×)</source>
        <translation>コピー数（×）</translation>
    </message>
    <message>
        <source>Price (USD/GB-month)</source>
        <translation>価格（USD/GB 月）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Assumption. </source>
        <translation>前提。</translation>
    </message>
    <message>
        <source>SSD</source>
        <translation>SSD</translation>
    </message>
    <message>
        <source>HDD</source>
        <translation>HDD</translation>
    </message>
    <message>
        <source>Constants</source>
        <translation>定数</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>定数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Vintage</source>
        <translation>時点</translation>
    </message>
    <message>
        <source>%1 (assumption)</source>
        <translation>%1（前提）</translation>
    </message>
    <message>
        <source>Grid-intensity datasets</source>
        <translation>グリッド炭素強度データセット</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1（選択中）</translation>
    </message>
    <message>
        <source>Reference data version %1. Every row of the reference data keeps its source; see data/reference/SOURCES.md in the Greenprint sources for licences and provenance.</source>
        <translation>参照データのバージョン %1。参照データの各行には出典が記録されています。ライセンスと出所は Greenprint のソースの data/reference/SOURCES.md を参照してください。</translation>
    </message>
    <message>
        <source>AWS publishes no power figure for its Neuron chips, only claims about instances. Greenprint derives each chip&apos;s power so that the same work on a whole Neuron instance and on the claim&apos;s baseline instance (host and memory included, each at its own achieved fraction of peak) uses the energy ratio AWS claims. These values are a derived assumption, not a published figure; the band runs up to energy parity with the baseline instance.</source>
        <translation>AWS は Neuron チップの電力値を公表しておらず、インスタンスに関する主張のみを公表しています。Greenprint は、同じ作業を Neuron インスタンス全体と主張の比較対象インスタンス（ホストとメモリを含み、それぞれ自身のピーク性能達成率で）で実行したときに AWS が主張するエネルギー比になるよう、各チップの電力を導出します。これらの値は公表値ではなく導出された前提条件です。範囲は比較対象インスタンスとのエネルギー同等まで広がります。</translation>
    </message>
    <message>
        <source>scenarios only</source>
        <translation>シナリオのみ</translation>
    </message>
    <message>
        <source>Market-based %1 (gCO2e/kWh)</source>
        <translation>マーケット基準 %1（gCO2e/kWh）</translation>
    </message>
    <message>
        <source>location-based</source>
        <translation>ロケーション基準</translation>
    </message>
    <message>
        <source>0 (renewable-matched)</source>
        <translation>0（再生可能エネルギーでマッチング済み）</translation>
    </message>
    <message>
        <source>residual mix %1 (%2)</source>
        <translation>残余ミックス %1（%2）</translation>
    </message>
    <message>
        <source>location-based: no residual mix</source>
        <translation>ロケーション基準：残余ミックスなし</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Hours (h)</source>
        <translation>時間（h）</translation>
    </message>
    <message>
        <source>Load applied</source>
        <translation>適用負荷</translation>
    </message>
    <message>
        <source>Idle load</source>
        <translation>アイドル時負荷</translation>
    </message>
    <message>
        <source>Average power (W)</source>
        <translation>平均電力 (W)</translation>
    </message>
    <message>
        <source>hours from work</source>
        <translation>作業量から求めた時間</translation>
    </message>
    <message>
        <source>hours as stated</source>
        <translation>指定どおりの時間</translation>
    </message>
    <message>
        <source>hours from work at a published achieved rate</source>
        <translation>公表された実効スループットで作業量から求めた時間</translation>
    </message>
    <message>
        <source>hours from work at %1 of peak</source>
        <translation>ピークの %1 で作業量から求めた時間</translation>
    </message>
    <message>
        <source>the method&apos;s own load; the work implies %1</source>
        <translation>手法固有の負荷。作業量からは %1</translation>
    </message>
    <message>
        <source>Hours and load on the power curve</source>
        <translation>時間と電力曲線上の負荷</translation>
    </message>
    <message>
        <source>As the estimate applied them, per instance: the load sets each instance&apos;s power while it works; idle hours of notebooks and provisioned endpoints run at the idle load. Average power is over all hours, before PUE.</source>
        <translation>見積もりが適用したとおり、インスタンスごと: 負荷は各インスタンスが稼働中の電力を決めます。ノートブックとプロビジョニング済みエンドポイントのアイドル時間はアイドル時負荷で動きます。平均電力は全時間の平均で、PUE 適用前です。</translation>
    </message>
</context>
<context>
    <name>greenprint::PdfReport</name>
    <message>
        <source>Greenprint plan</source>
        <translation>Greenprint プラン</translation>
    </message>
    <message>
        <source>Greenprint plan: %1</source>
        <translation>Greenprint プラン：%1</translation>
    </message>
</context>
<context>
    <name>greenprint::PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>cannot start writing the PDF document</source>
        <translation>PDF 文書の書き込みを開始できません</translation>
    </message>
    <message>
        <source>cannot add a page to the PDF document</source>
        <translation>PDF 文書にページを追加できません</translation>
    </message>
    <message>
        <source>cannot finish the PDF document</source>
        <translation>PDF 文書を完成できません</translation>
    </message>
</context>
<context>
    <name>greenprint::PdfSections</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>GREENPRINT PLAN</source>
        <translation>GREENPRINT プラン</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>無題のプロジェクト</translation>
    </message>
    <message>
        <source>What-if scenario “%1” applied to the project.</source>
        <translation>What-if シナリオ「%1」をプロジェクトに適用しました。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Recommended per region (best available dataset)</source>
        <translation>リージョンごとの推奨値（利用できる最良のデータセット）</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Greenprint version</source>
        <translation>Greenprint のバージョン</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>参照データ</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>算定方法</translation>
    </message>
    <message>
        <source>Grid-intensity dataset</source>
        <translation>グリッド炭素強度データセット</translation>
    </message>
    <message>
        <source>Market-based year</source>
        <translation>マーケット基準の年</translation>
    </message>
    <message>
        <source>%1 (AWS renewable-matching list)</source>
        <translation>%1（AWS の再エネ充当リスト）</translation>
    </message>
    <message>
        <source>Default region</source>
        <translation>既定のリージョン</translation>
    </message>
    <message>
        <source>Embodied carbon</source>
        <translation>内包排出量</translation>
    </message>
    <message>
        <source>included, servers amortised over %1 years</source>
        <translation>含む（サーバーは %1 年で配分）</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>含まない</translation>
    </message>
    <message>
        <source>Carbon, location-based</source>
        <translation>排出量（ロケーション基準）</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>Range %1 to %2 kgCO2e</source>
        <translation>範囲 %1～%2 kgCO2e</translation>
    </message>
    <message>
        <source>Operational %1 kgCO2e, embodied %2 kgCO2e</source>
        <translation>運用時 %1 kgCO2e、内包 %2 kgCO2e</translation>
    </message>
    <message>
        <source>Carbon, market-based</source>
        <translation>排出量（マーケット基準）</translation>
    </message>
    <message>
        <source>Renewable matching as AWS reported it for %1</source>
        <translation>AWS が %1 年について報告した再エネ充当</translation>
    </message>
    <message>
        <source>Shown beside, never instead of, location-based</source>
        <translation>ロケーション基準と並べて表示し、その代わりにはしない</translation>
    </message>
    <message>
        <source>Energy at the facility</source>
        <translation>施設でのエネルギー</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Range %1 to %2 kWh</source>
        <translation>範囲 %1～%2 kWh</translation>
    </message>
    <message>
        <source>IT energy %1 kWh before PUE</source>
        <translation>IT エネルギー %1 kWh（PUE 適用前）</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>AWS list prices, us-east-1 On-Demand unless Spot is set</source>
        <translation>AWS の定価（スポット指定がない限り us-east-1 オンデマンド）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>エネルギー（kWh）</translation>
    </message>
    <message>
        <source>Carbon (kgCO2e)</source>
        <translation>排出量（kgCO2e）</translation>
    </message>
    <message>
        <source>Range (kgCO2e)</source>
        <translation>範囲（kgCO2e）</translation>
    </message>
    <message>
        <source>Market-based (kgCO2e)</source>
        <translation>マーケット基準（kgCO2e）</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>コスト（USD）</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Carbon by stage (kgCO2e)</source>
        <translation>ステージ別の排出量（kgCO2e）</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>運用時</translation>
    </message>
    <message>
        <source>Embodied</source>
        <translation>内包</translation>
    </message>
    <message>
        <source>Range (low to high)</source>
        <translation>範囲（下限～上限）</translation>
    </message>
    <message>
        <source>Carbon by stage</source>
        <translation>ステージ別の排出量</translation>
    </message>
    <message>
        <source>Top suggestions</source>
        <translation>主な提案</translation>
    </message>
    <message>
        <source>No suggestions: the advisor was not run for this plan.</source>
        <translation>提案はありません：この計画ではアドバイザーを実行していません。</translation>
    </message>
    <message>
        <source>The advisor found no change that lowers the footprint of this plan within its constraints.</source>
        <translation>アドバイザーは、制約の範囲内でこの計画のフットプリントを下げる変更を見つけられませんでした。</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Saves (kgCO2e)</source>
        <translation>削減量（kgCO2e）</translation>
    </message>
    <message>
        <source>Saves (USD)</source>
        <translation>削減額（USD）</translation>
    </message>
    <message>
        <source>Each saving is against the baseline, so savings do not add up; details and sources follow the what-if comparison.</source>
        <translation>各削減量はベースラインに対するものなので、合算はできません。詳細と出典は What-if 比較の後に記載しています。</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Ranked by carbon saved. A dash means the reference data has no price for what the change moves to.</source>
        <translation>排出削減量の順。ダッシュは、変更先の価格が参照データにないことを示します。</translation>
    </message>
    <message>
        <source>Saves %1 kgCO2e and %2 USD on this plan</source>
        <translation>この計画で %1 kgCO2e と %2 USD を削減</translation>
    </message>
    <message>
        <source> (negligible: under 0.5 % of the plan&apos;s carbon)</source>
        <translation>（わずか：計画の排出量の 0.5 % 未満）</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>副作用</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>ステージ</translation>
    </message>
    <message numerus="yes">
        <source>Region %1 · %n component(s) · %2 kgCO2e · %3 kWh · %4 USD</source>
        <translation>
            <numerusform>リージョン %1 · コンポーネント %n 個 · %2 kgCO2e · %3 kWh · %4 USD</numerusform>
        </translation>
    </message>
    <message>
        <source>No components in this stage.</source>
        <translation>このステージにはコンポーネントがありません。</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>台数</translation>
    </message>
    <message>
        <source>Hours (h)</source>
        <translation>時間（h）</translation>
    </message>
    <message>
        <source>Stage total</source>
        <translation>ステージ合計</translation>
    </message>
    <message>
        <source>Carbon by component (kgCO2e)</source>
        <translation>コンポーネント別の排出量（kgCO2e）</translation>
    </message>
    <message>
        <source>What-if comparison</source>
        <translation>What-if 比較</translation>
    </message>
    <message>
        <source>This project defines no what-if scenarios; the plan above is the only one estimated.</source>
        <translation>このプロジェクトには What-if シナリオが定義されていません。見積もったのは上の計画だけです。</translation>
    </message>
    <message>
        <source>Every scenario is the baseline with its changes applied to a copy, estimated by the same method and reference data. Negative changes are savings.</source>
        <translation>各シナリオは、ベースラインのコピーに変更を適用し、同じ算定方法と参照データで見積もったものです。負の変化は削減を表します。</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Change (kgCO2e)</source>
        <translation>変化（kgCO2e）</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>変化（%）</translation>
    </message>
    <message>
        <source>Change (USD)</source>
        <translation>変化（USD）</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>Total carbon per scenario (kgCO2e)</source>
        <translation>シナリオ別の総排出量（kgCO2e）</translation>
    </message>
    <message>
        <source>Notes on the inputs</source>
        <translation>入力に関する注記</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>not counted by the Green Algorithms method</source>
        <translation>Green Algorithms 手法では計上されません</translation>
    </message>
    <message>
        <source>Adds %1 kgCO2e and saves %2 USD on this plan: a cost saving that raises carbon</source>
        <translation>この計画で %1 kgCO2e 増え、%2 USD 節約します。排出量が増えるコスト削減です</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>見積もり不可</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Some component could not be estimated: see “Notes on the inputs”</source>
        <translation>推定できないコンポーネントがあります：「入力に関する注記」を参照</translation>
    </message>
    <message>
        <source>Some price is missing from the reference data</source>
        <translation>参照データに価格がありません</translation>
    </message>
    <message>
        <source>The plan itself cannot run as written: %1.</source>
        <translation>計画そのものが記載どおりには実行できません：%1。</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>提案していないもの</translation>
    </message>
    <message>
        <source>Scenarios whose figures cannot be compared with the baseline (no saving is shown for them):</source>
        <translation>ベースラインと比較できないシナリオ（削減量は表示しません）：</translation>
    </message>
    <message>
        <source>Per unit of work</source>
        <translation>作業単位あたり</translation>
    </message>
    <message>
        <source>Functional unit (R)</source>
        <translation>機能単位 (R)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>単位数</translation>
    </message>
    <message>
        <source>kgCO2e per unit</source>
        <translation>単位あたり kgCO2e</translation>
    </message>
    <message>
        <source>kWh per unit</source>
        <translation>単位あたり kWh</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>計画全体</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>制約</translation>
    </message>
    <message>
        <source>only in %1</source>
        <translation>%1 のみ</translation>
    </message>
    <message>
        <source>responses within %1 ms</source>
        <translation>応答は %1 ms 以内</translation>
    </message>
    <message>
        <source>keep at least %1 % of the baseline model&apos;s score</source>
        <translation>ベースラインモデルのスコアの %1 % 以上を維持</translation>
    </message>
    <message>
        <source>served to edge devices</source>
        <translation>エッジデバイスに提供</translation>
    </message>
    <message>
        <source>none stated: any region, no latency ceiling, no accuracy floor</source>
        <translation>指定なし：任意のリージョン、レイテンシ上限なし、精度下限なし</translation>
    </message>
    <message>
        <source>Recommended: scenario “%1”, %2 kgCO2e, a change of %3 kgCO2e (%4) against the baseline, cost change %5 USD. Of this project&apos;s scenarios it has the lowest carbon; the what-if comparison has them all.</source>
        <translation>推奨：シナリオ「%1」、%2 kgCO2e、ベースラインに対する変化 %3 kgCO2e（%4）、コスト変化 %5 USD。このプロジェクトのシナリオの中で CO2e が最も少なく、what-if 比較にすべてのシナリオがあります。</translation>
    </message>
    <message>
        <source>This project defines no what-if scenario.</source>
        <translation>このプロジェクトには what-if シナリオがありません。</translation>
    </message>
    <message>
        <source>None of this project&apos;s scenarios lowers its carbon.</source>
        <translation>このプロジェクトのどのシナリオも CO2e を下げません。</translation>
    </message>
    <message>
        <source>The largest single saving the advisor offers: %1, %2 kgCO2e (%3 of the plan); see “Suggestions”.</source>
        <translation>アドバイザーが提案する単独で最大の削減：%1、%2 kgCO2e（計画の %3）。「提案」を参照してください。</translation>
    </message>
    <message>
        <source>The advisor offers no change that lowers its carbon.</source>
        <translation>アドバイザーは CO2e を下げる変更を提案していません。</translation>
    </message>
    <message numerus="yes">
        <source>%n further suggestion(s) are listed in the appendix at the end of this plan.</source>
        <translation>
            <numerusform>その他 %n 件の提案は、この計画の末尾の付録にあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Appendix: further suggestions</source>
        <translation>付録：その他の提案</translation>
    </message>
    <message>
        <source>The ranked suggestions after the first %1 and the smaller savings (under 0.5 % of the plan&apos;s kgCO2e, or nothing counted), numbered as in “Suggestions”. Each saving is against the baseline. The what-if view and the command “greenprint suggest” give each one&apos;s detail and side effects.</source>
        <translation>最初の %1 件より後の順位付き提案と、小さな削減（計画の kgCO2e の 0.5 % 未満、または計上なし）。番号は「提案」と同じです。各削減はベースラインに対するものです。各提案の詳細と副作用は what-if ビューと「greenprint suggest」コマンドで確認できます。</translation>
    </message>
    <message>
        <source>users near %1</source>
        <translation>ユーザーは %1 付近</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Alone (kgCO2e)</source>
        <translation>単独（kgCO2e）</translation>
    </message>
    <message>
        <source>Span (kgCO2e)</source>
        <translation>幅（kgCO2e）</translation>
    </message>
    <message>
        <source>What the range is</source>
        <translation>範囲の中身</translation>
    </message>
    <message>
        <source>What makes the range</source>
        <translation>範囲を生む要因</translation>
    </message>
    <message>
        <source>The range above combines these inputs, each read as its P10 to P90 interval, in quadrature (IPCC 2006, Vol. 1, ch. 3, Approach 1). Here each input is moved alone, the others held central (%1 kgCO2e): the widest row is the assumption to pin down first.</source>
        <translation>上の範囲は、これらの入力をそれぞれ P10〜P90 の区間とみなし、二乗和の平方根で合成したものです（IPCC 2006、第 1 巻第 3 章、アプローチ 1）。ここでは各入力を単独で動かし、他は中央値（%1 kgCO2e）に固定しています。最も幅の広い行が、最初に詰めるべき仮定です。</translation>
    </message>
    <message>
        <source>%1 (%2 runs of %3 h)</source>
        <translation>%1（%3 h を %2 回）</translation>
    </message>
    <message>
        <source>Adds %1 kgCO2e on this plan; the change in cost is unknown</source>
        <translation>この計画で %1 kgCO2e 増加（コストの変化は不明）</translation>
    </message>
    <message>
        <source>Adds %1 kgCO2e and %2 USD on this plan</source>
        <translation>この計画で %1 kgCO2e と %2 USD 増加</translation>
    </message>
    <message>
        <source>Saves %1 kgCO2e on this plan; the change in cost is unknown</source>
        <translation>この計画で %1 kgCO2e を削減（コストの変化は不明）</translation>
    </message>
    <message>
        <source>Saves %1 kgCO2e on this plan and costs %2 USD more</source>
        <translation>この計画で %1 kgCO2e を削減し、コストは %2 USD 増加</translation>
    </message>
</context>
<context>
    <name>greenprint::PerUnitText</name>
    <message>
        <source>%1: not estimated</source>
        <translation>%1: 見積もり不可</translation>
    </message>
    <message>
        <source>no figure per 1,000 requests: state the requests the endpoints serve</source>
        <translation>1,000 リクエストあたりの値なし: エンドポイントが処理するリクエスト数を入力してください</translation>
    </message>
    <message>
        <source>no figure %1: nothing countable is planned</source>
        <translation>%1の値なし: 数えられるものが計画されていません</translation>
    </message>
    <message>
        <source>%1 and %2 %3</source>
        <translation>%1、%2（%3）</translation>
    </message>
    <message>
        <source>Whole plan: %1</source>
        <translation>計画全体: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Per unit of work in the form of the Software Carbon Intensity specification (ISO/IEC 21031): (E × I + M) per R, operational carbon (energy × grid intensity) plus embodied carbon, divided by the units delivered: pipeline runs, notebook weeks, training runs, or 1,000 requests served. A training run is one run of the training job that draws the most energy in a run; the stage&apos;s other jobs, a nightly evaluation say, count towards it. The whole plan is counted per 1,000 requests when it serves any, so training is amortised over them. Where every endpoint and job serving requests states its tokens per request, inference and the whole plan are also counted per 1 M tokens served, prompt and output tokens together.</source>
        <translation>Software Carbon Intensity 仕様（ISO/IEC 21031）の形式による作業単位あたりの値: (E × I + M) / R。運用時排出量（エネルギー × グリッド炭素強度）と内包排出量の合計を、提供した単位数（パイプライン実行、ノートブック週、トレーニング回数、処理した 1,000 リクエスト）で割ります。トレーニング 1 回は、1 回の実行で最も多くのエネルギーを消費する学習ジョブの 1 回の実行です。夜間評価などステージの他のジョブはそれに含めて数えます。計画がリクエストを処理する場合、計画全体は 1,000 リクエストあたりで数え、トレーニングはそれらに配分されます。リクエストを処理するすべてのエンドポイントとジョブがリクエストあたりのトークン数を入力している場合、推論と計画全体は処理した 100 万トークンあたりでも数えます（プロンプトと出力のトークンの合計）。</translation>
    </message>
</context>
<context>
    <name>greenprint::PlanActualView</name>
    <message>
        <source>AWS &amp;Cost and Usage Report…</source>
        <translation>AWS Cost and Usage Report(&amp;C)…</translation>
    </message>
    <message>
        <source>Cost and Usage Report (*.csv *.csv.gz *.gz)</source>
        <translation>Cost and Usage Report (*.csv *.csv.gz *.gz)</translation>
    </message>
    <message>
        <source>AWS Carbon &amp;Emissions Export…</source>
        <translation>AWS 炭素排出量エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Carbon emissions export (*.csv *.csv.gz *.gz)</source>
        <translation>炭素排出量エクスポート (*.csv *.csv.gz *.gz)</translation>
    </message>
    <message>
        <source>C&amp;odeCarbon Log…</source>
        <translation>CodeCarbon ログ(&amp;O)…</translation>
    </message>
    <message>
        <source>CodeCarbon emissions (*.csv)</source>
        <translation>CodeCarbon の排出量 (*.csv)</translation>
    </message>
    <message>
        <source>&amp;nvidia-smi Log…</source>
        <translation>nvidia-smi ログ(&amp;N)…</translation>
    </message>
    <message>
        <source>nvidia-smi CSV log (*.csv *.csv.gz *.gz *.log)</source>
        <translation>nvidia-smi の CSV ログ (*.csv *.csv.gz *.gz *.log)</translation>
    </message>
    <message>
        <source>neuron-&amp;monitor Output…</source>
        <translation>neuron-monitor の出力(&amp;M)…</translation>
    </message>
    <message>
        <source>neuron-monitor JSON (*.json *.jsonl *.log *.gz)</source>
        <translation>neuron-monitor の JSON (*.json *.jsonl *.log *.gz)</translation>
    </message>
    <message>
        <source>Cloud&amp;Watch Metrics…</source>
        <translation>CloudWatch メトリクス(&amp;W)…</translation>
    </message>
    <message>
        <source>CloudWatch metrics (*.csv *.csv.gz *.gz)</source>
        <translation>CloudWatch メトリクス (*.csv *.csv.gz *.gz)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Import a bill, AWS&apos;s carbon export or a measurement log</source>
        <translation>請求、AWS の炭素エクスポート、または測定ログをインポートします</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Forget the imports shown here (they stay in your Greenprint database)</source>
        <translation>ここに表示しているインポートを消去します（Greenprint のデータベースには残ります）</translation>
    </message>
    <message>
        <source>Stage / component</source>
        <translation>ステージ / コンポーネント</translation>
    </message>
    <message>
        <source>Planned kgCO2e</source>
        <translation>計画 kgCO2e</translation>
    </message>
    <message>
        <source>Actual kgCO2e</source>
        <translation>実績 kgCO2e</translation>
    </message>
    <message>
        <source>Variance kgCO2e</source>
        <translation>差異 kgCO2e</translation>
    </message>
    <message>
        <source>Planned h</source>
        <translation>計画 h</translation>
    </message>
    <message>
        <source>Actual h</source>
        <translation>実績 h</translation>
    </message>
    <message>
        <source>Planned USD</source>
        <translation>計画 USD</translation>
    </message>
    <message>
        <source>Actual USD</source>
        <translation>実績 USD</translation>
    </message>
    <message>
        <source>What drove it</source>
        <translation>差異の要因</translation>
    </message>
    <message>
        <source>Plan against actual</source>
        <translation>計画と実績</translation>
    </message>
    <message>
        <source>Import Actual Usage</source>
        <translation>実績データのインポート</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>“%1” does not say what it measured. Which component of the plan ran there?</source>
        <translation>「%1」には何を測定したかが書かれていません。計画のどのコンポーネントが動いていましたか？</translation>
    </message>
    <message>
        <source>The import is shown but not stored: %1</source>
        <translation>インポートは表示されていますが保存されていません: %1</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>見積もり不可</translation>
    </message>
    <message>
        <source>Import what really ran — an AWS Cost and Usage Report, AWS&apos;s carbon emissions export, CodeCarbon, nvidia-smi, neuron-monitor or CloudWatch logs — to see it beside the plan. Tag your resources with the cost-allocation tag greenprint:component = component name.</source>
        <translation>実際に動いたもの（AWS Cost and Usage Report、AWS の炭素排出量エクスポート、CodeCarbon・nvidia-smi・neuron-monitor・CloudWatch のログ）をインポートすると、計画と並べて表示できます。リソースにはコスト配分タグ greenprint:component = コンポーネント名 を付けてください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n record(s))</source>
        <translation>
            <numerusform>%1（%2、%n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>インポート済み: %1。</translation>
    </message>
    <message>
        <source>Billed usage from %1 to %2.</source>
        <translation>請求対象の利用: %1 から %2。</translation>
    </message>
    <message>
        <source>* Part of the usage could not be estimated (an instance type or Region without reference data): the figures cover the rest.</source>
        <translation>* 利用の一部は見積もれませんでした（参照データのないインスタンスタイプまたはリージョン）。数値は残りの部分を表します。</translation>
    </message>
    <message>
        <source>%1 kgCO2e</source>
        <translation>%1 kgCO2e</translation>
    </message>
    <message>
        <source>Unplanned usage</source>
        <translation>計画外の利用</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Import AWS&apos;s carbon emissions export to see AWS&apos;s own figure beside Greenprint&apos;s.</source>
        <translation>AWS の炭素排出量エクスポートをインポートすると、AWS 自身の値を Greenprint の値と並べて表示します。</translation>
    </message>
    <message>
        <source>AWS&apos;s carbon export, %1 to %2 (%3): %4 kgCO2e location-based; Greenprint for the same months and Regions: %5 kgCO2e.</source>
        <translation>AWS の炭素エクスポート、%1～%2（%3）: ロケーション基準 %4 kgCO2e。同じ月とリージョンの Greenprint: %5 kgCO2e。</translation>
    </message>
    <message>
        <source>Calibrate Plan from Actuals</source>
        <translation>計画を実績から較正</translation>
    </message>
    <message>
        <source>Put the measured hours, utilization and power of every matched component into the plan, with the file and period each came from (one step to undo)</source>
        <translation>対応付けられた各コンポーネントの測定時間・使用率・電力を、出典ファイルと期間とともに計画に反映します（1 回で元に戻せます）</translation>
    </message>
    <message>
        <source>Calibrate Selected Component</source>
        <translation>選択したコンポーネントを較正</translation>
    </message>
    <message>
        <source>Put the measured values of the selected component into the plan (one step to undo)</source>
        <translation>選択したコンポーネントの測定値を計画に反映します（1 回で元に戻せます）</translation>
    </message>
    <message>
        <source>Calibrated “%1”: %2</source>
        <translation>較正済み「%1」：%2</translation>
    </message>
    <message>
        <source>Not calibrated “%1”: %2</source>
        <translation>未較正「%1」：%2</translation>
    </message>
    <message>
        <source>Nothing to calibrate: no imported usage or measurement matches %1.</source>
        <translation>較正するものがありません：%1 に対応するインポート済みの使用量や測定値がありません。</translation>
    </message>
    <message>
        <source>this component</source>
        <translation>このコンポーネント</translation>
    </message>
    <message>
        <source>a component that runs instances</source>
        <translation>インスタンスを使うコンポーネント</translation>
    </message>
    <message>
        <source>The measured values are in the plan and its assumptions; Edit &gt; Undo takes them back.</source>
        <translation>測定値は計画とその前提条件に反映されました。編集 &gt; 元に戻す で取り消せます。</translation>
    </message>
</context>
<context>
    <name>greenprint::PlanExport</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>scenario %1 cannot be applied: %2</source>
        <translation>シナリオ %1 を適用できません：%2</translation>
    </message>
    <message>
        <source>this project has no scenario %1</source>
        <translation>このプロジェクトにシナリオ %1 はありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: %2</source>
        <translation>シナリオ「%1」：%2</translation>
    </message>
    <message>
        <source>Applies to: %1. %2</source>
        <translation>対象: %1。%2</translation>
    </message>
</context>
<context>
    <name>greenprint::PlanSearch</name>
    <message>
        <source>Everything in %1 (%2)</source>
        <translation>すべてを %1（%2）で</translation>
    </message>
    <message>
        <source>Everything in %1 (%2) on %3</source>
        <translation>すべてを %1（%2）の %3 で</translation>
    </message>
    <message>
        <source>Everything in %1</source>
        <translation>すべてを %1 で</translation>
    </message>
    <message>
        <source>A stage runs on your own hardware or in a region of your own: the whole plan is not moved.</source>
        <translation>自前のハードウェアまたは独自リージョンで動くステージがあるため、プラン全体は移動しません。</translation>
    </message>
    <message>
        <source>Only one stage has components: the stage&apos;s own moves are the whole plan&apos;s.</source>
        <translation>コンポーネントがあるのは 1 ステージのみです：そのステージの変更がプラン全体の変更です。</translation>
    </message>
    <message>
        <source>%1 is not offered in %2 (EC2 offerings of %3)</source>
        <translation>%1 は %2 で提供されていません（%3 時点の EC2 提供情報）</translation>
    </message>
    <message>
        <source>The plan as it is</source>
        <translation>現在のプラン</translation>
    </message>
    <message>
        <source>Check data residency and where the data is produced and used.</source>
        <translation>データ所在地と、データが生成・利用される場所を確認してください。</translation>
    </message>
    <message>
        <source>Moves every stage to %1 (grid %2 gCO2e/kWh) and counts a one-off transfer of the data each stage stores.</source>
        <translation>すべてのステージを %1（電力網 %2 gCO2e/kWh）に移し、各ステージが保存するデータの一回限りの転送を数えます。</translation>
    </message>
    <message>
        <source>Hardware per stage, each the advisor&apos;s own move (sized from the same work and checked for accelerator memory, interconnect and endpoint headroom): %1.</source>
        <translation>ステージごとのハードウェアは、いずれもアドバイザー自身の変更です（同じ仕事量から算出し、アクセラレータメモリ・インターコネクト・エンドポイントの余裕を確認済み）：%1。</translation>
    </message>
    <message>
        <source>Found by the whole-plan search: every allowed region, with each stage on its planned hardware or on the best move of each hardware rule; no instance type is proposed in a region the EC2 offerings of %1 say does not offer it. Prices in the reference data are us-east-1 On-Demand for every region, so regional price differences are not counted.</source>
        <translation>プラン全体の探索で見つけました：許可されたすべてのリージョンで、各ステージを計画どおりのハードウェアか各ハードウェアルールの最良の変更で実行します。%1 時点の EC2 提供情報で提供されていないリージョンにはインスタンスタイプを提案しません。参照データの価格はすべてのリージョンで us-east-1 のオンデマンド価格のため、リージョン間の価格差は数えません。</translation>
    </message>
</context>
<context>
    <name>greenprint::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Automatic (g, kg or t CO2e)</source>
        <translation>自動（g、kg、t CO2e）</translation>
    </message>
    <message>
        <source>gCO2e</source>
        <translation>gCO2e</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>tCO2e</source>
        <translation>tCO2e</translation>
    </message>
    <message>
        <source>Automatic (Wh, kWh or MWh)</source>
        <translation>自動（Wh、kWh、MWh）</translation>
    </message>
    <message>
        <source>Wh</source>
        <translation>Wh</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>既定のリージョン(&amp;R):</translation>
    </message>
    <message>
        <source>The region of new projects.</source>
        <translation>新しいプロジェクトのリージョン。</translation>
    </message>
    <message>
        <source>&amp;Methodology:</source>
        <translation>算定方法(&amp;M):</translation>
    </message>
    <message>
        <source>The estimation method of new projects.</source>
        <translation>新しいプロジェクトの見積もり方法。</translation>
    </message>
    <message>
        <source>Grid &amp;dataset:</source>
        <translation>グリッドのデータセット(&amp;D):</translation>
    </message>
    <message>
        <source>The grid carbon-intensity dataset of new projects.</source>
        <translation>新しいプロジェクトのグリッド炭素強度データセット。</translation>
    </message>
    <message>
        <source>&amp;Carbon unit:</source>
        <translation>排出量の単位(&amp;C):</translation>
    </message>
    <message>
        <source>How carbon totals and charts are scaled.</source>
        <translation>排出量の合計とグラフの単位の決め方。</translation>
    </message>
    <message>
        <source>&amp;Energy unit:</source>
        <translation>エネルギーの単位(&amp;E):</translation>
    </message>
    <message>
        <source>How energy totals are scaled.</source>
        <translation>エネルギー合計の単位の決め方。</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>システム（%1）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The language of menus, views and exported plans; applies at once.</source>
        <translation>メニュー、ビュー、エクスポートするプランの言語。すぐに反映されます。</translation>
    </message>
</context>
<context>
    <name>greenprint::PretrainedModelRule</name>
    <message>
        <source>Fine-tune a pre-trained model instead of &quot;%1&quot;</source>
        <translation>「%1」の代わりに事前学習済みモデルをファインチューニングする</translation>
    </message>
    <message>
        <source>Starting from an existing model (Hugging Face, SageMaker JumpStart, AWS Marketplace) by transfer learning or incremental training avoids training from scratch. The copy drops this job. Assumption: a suitable pre-trained model exists; the fine-tuning run that replaces the job is not counted, so add it as its own component to see the net saving.</source>
        <translation>既存のモデル（Hugging Face、SageMaker JumpStart、AWS Marketplace）から転移学習や増分学習で始めれば、ゼロからの学習を避けられます。コピーではこのジョブを削除します。前提：適切な事前学習済みモデルが存在します。ジョブの代わりとなるファインチューニングは計上していないため、正味の削減量を見るには別のコンポーネントとして追加してください。</translation>
    </message>
    <message>
        <source>The result depends on the pre-trained model: its licence, data and quality; accuracy on your task can differ.</source>
        <translation>結果は事前学習済みモデルのライセンス、データ、品質に左右され、タスクでの精度は異なる場合があります。</translation>
    </message>
    <message>
        <source>Fine-tune pre-trained models instead of training from scratch</source>
        <translation>ゼロから学習せず事前学習済みモデルをファインチューニングする</translation>
    </message>
</context>
<context>
    <name>greenprint::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>The project has never been saved.</source>
        <translation>このプロジェクトは一度も保存されていません。</translation>
    </message>
</context>
<context>
    <name>greenprint::ProjectForm</name>
    <message>
        <source>&amp;Project:</source>
        <translation>プロジェクト(&amp;P):</translation>
    </message>
    <message>
        <source>The project&apos;s name, shown in reports.</source>
        <translation>プロジェクト名。レポートに表示されます。</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>The AWS region every stage runs in unless the stage overrides it. Its grid intensity and PUE drive the operational carbon.</source>
        <translation>各ステージを実行する AWS リージョン（ステージで上書きしない場合）。そのグリッド炭素強度と PUE が運用時排出量を左右します。</translation>
    </message>
    <message>
        <source>&amp;Methodology:</source>
        <translation>算定方法(&amp;M):</translation>
    </message>
    <message>
        <source>Greenprint: one power model for every instance (measured H100 load curve, derived Neuron power) with uncertainty bands. Cloud Carbon Footprint and Green Algorithms reproduce those tools&apos; own formulas and constants from the same inputs.</source>
        <translation>Greenprint：すべてのインスタンスに共通の電力モデル（H100 で測定した負荷曲線、推定した Neuron の電力）と不確実性の範囲。Cloud Carbon Footprint と Green Algorithms は、同じ入力からそれぞれのツール独自の式と定数を再現します。</translation>
    </message>
    <message>
        <source>Embodied:</source>
        <translation>内包:</translation>
    </message>
    <message>
        <source>Include &amp;embodied carbon</source>
        <translation>内包排出量を含める(&amp;E)</translation>
    </message>
    <message>
        <source>Add the manufacturing share of the servers over the hours used.</source>
        <translation>使用時間に相当するサーバー製造時の排出量を加えます。</translation>
    </message>
    <message>
        <source>Server &amp;lifetime:</source>
        <translation>サーバーの耐用年数(&amp;L):</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Years over which a server&apos;s manufacturing emissions are spread: 4 (Cloud Carbon Footprint&apos;s default) or 6 (AWS&apos;s own depreciation).</source>
        <translation>サーバー製造時の排出量を配分する年数：4（Cloud Carbon Footprint の既定値）または 6（AWS 自身の減価償却年数）。</translation>
    </message>
    <message>
        <source>Market-based &amp;year:</source>
        <translation>マーケット基準の年(&amp;Y):</translation>
    </message>
    <message>
        <source>Year of AWS&apos;s list of regions whose electricity was matched 100 % with renewables; the market-based carbon is shown beside the location-based one, never instead.</source>
        <translation>電力が 100 % 再生可能エネルギーで賄われたリージョンを示す AWS リストの年。マーケット基準の排出量はロケーション基準と並べて表示し、その代わりにはしません。</translation>
    </message>
    <message>
        <source>P&amp;UE override:</source>
        <translation>PUE の上書き(&amp;U):</translation>
    </message>
    <message>
        <source>Region&apos;s PUE</source>
        <translation>リージョンの PUE</translation>
    </message>
    <message>
        <source>Power usage effectiveness applied to every region instead of its published value (facility energy ÷ IT energy, 1.00 or more).</source>
        <translation>公表値の代わりに全リージョンに適用する電力使用効率（施設のエネルギー ÷ IT エネルギー、1.00 以上）。</translation>
    </message>
    <message>
        <source>&amp;Spot discount:</source>
        <translation>スポット割引(&amp;S):</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Reference value</source>
        <translation>参照値</translation>
    </message>
    <message>
        <source>Discount of spot over on-demand prices, in percent, for components priced as spot. Unset: the reference value.</source>
        <translation>スポット料金とするコンポーネントの、オンデマンド料金に対するスポット割引率（%）。未設定の場合は参照値。</translation>
    </message>
    <message>
        <source>Grid &amp;dataset:</source>
        <translation>グリッドのデータセット(&amp;D):</translation>
    </message>
    <message>
        <source>The grid carbon-intensity dataset of every region; the spread of all datasets is part of the uncertainty band.</source>
        <translation>各リージョンのグリッド炭素強度データセット。全データセット間のばらつきは不確実性の範囲に含まれます。</translation>
    </message>
</context>
<context>
    <name>greenprint::ProjectReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行 %2 列</translation>
    </message>
    <message>
        <source>binary values are not allowed</source>
        <translation>バイナリ値は使用できません</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; in the same object</source>
        <translation>同じオブジェクト内でキー「%1」が重複しています</translation>
    </message>
    <message>
        <source>number out of range at %1 (NaN and Infinity are not allowed)</source>
        <translation>%1 の数値が範囲外です（NaN と Infinity は使用できません）</translation>
    </message>
    <message>
        <source>invalid JSON at %1: NaN and Infinity are not allowed</source>
        <translation>%1 の JSON が無効です：NaN と Infinity は使用できません</translation>
    </message>
    <message>
        <source>invalid JSON at %1: %2</source>
        <translation>%1 の JSON が無効です：%2</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels; the file is refused</source>
        <translation>入れ子が %1 階層を超えているため、ファイルを受け付けません</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>必須のキーがありません</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>文字列である必要があります</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>空でない文字列である必要があります</translation>
    </message>
    <message>
        <source>must be a number &gt; %1 and &lt;= %2</source>
        <translation>%1 より大きく %2 以下の数値である必要があります</translation>
    </message>
    <message>
        <source>must be a number between %1 and %2</source>
        <translation>%1 から %2 までの数値である必要があります</translation>
    </message>
    <message>
        <source>must be a number &gt; %1</source>
        <translation>%1 より大きい数値である必要があります</translation>
    </message>
    <message>
        <source>must be a number &gt;= %1</source>
        <translation>%1 以上の数値である必要があります</translation>
    </message>
    <message>
        <source>must be an integer &gt;= %1</source>
        <translation>%1 以上の整数である必要があります</translation>
    </message>
    <message>
        <source>must be an integer between %1 and %2</source>
        <translation>%1 から %2 までの整数である必要があります</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true または false である必要があります</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>次のいずれかである必要があります：%1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>配列である必要があります</translation>
    </message>
    <message>
        <source>unknown key is ignored and will not be saved</source>
        <translation>不明なキーは無視され、保存されません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON path such as stages[2].components[0].instance (problem at character %2)</source>
        <translation>「%1」は stages[2].components[0].instance のような JSON パスではありません（%2 文字目に問題）</translation>
    </message>
    <message>
        <source>the file must contain a JSON object (a Greenprint project)</source>
        <translation>ファイルには JSON オブジェクト（Greenprint プロジェクト）が必要です</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;: this is not a Greenprint project file</source>
        <translation>「%1」である必要があります：Greenprint のプロジェクトファイルではありません</translation>
    </message>
    <message>
        <source>written by a newer Greenprint (format %1); this version reads up to %2</source>
        <translation>新しい Greenprint で書き込まれています（形式 %1）。このバージョンが読めるのは %2 までです</translation>
    </message>
    <message>
        <source>region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>must list at least one region (leave the key out to allow every region)</source>
        <translation>少なくとも 1 つのリージョンを指定する必要があります（すべて許可するにはキーを省略）</translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot; (first at %3)</source>
        <translation>%1「%2」が重複しています（最初は %3）</translation>
    </message>
    <message>
        <source>duplicate scenario name &quot;%1&quot; (first defined at %2)</source>
        <translation>シナリオ名「%1」が重複しています（最初の定義は %2）</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>duplicate catalog instance id &quot;%1&quot; (first defined at %2)</source>
        <translation>カタログのインスタンス ID「%1」が重複しています（最初の定義は %2）</translation>
    </message>
    <message>
        <source>duplicate catalog region id &quot;%1&quot; (first defined at %2)</source>
        <translation>カタログのリージョン ID「%1」が重複しています（最初の定義は %2）</translation>
    </message>
    <message>
        <source>must not be greater than powerW.max (%1)</source>
        <translation>powerW.max（%1）を超えてはいけません</translation>
    </message>
    <message>
        <source>activeHoursPerWeek + idleHoursPerWeek must be at most %1 (the hours in a week), found %2</source>
        <translation>activeHoursPerWeek + idleHoursPerWeek は %1（1 週間の時間数）以下である必要があります（検出：%2）</translation>
    </message>
    <message>
        <source>give either %1 or work, not both</source>
        <translation>%1 と work のどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>required key is missing (give either %1 or work)</source>
        <translation>必須のキーがありません（%1 または work を指定）</translation>
    </message>
    <message>
        <source>must be &quot;inference&quot;: an endpoint serves requests, it does not train</source>
        <translation>「inference」である必要があります：エンドポイントはリクエストを処理するもので、学習はしません</translation>
    </message>
    <message>
        <source>does not apply to %1 work</source>
        <translation>%1 の処理には適用されません</translation>
    </message>
    <message>
        <source>unexpected JSON error: %1</source>
        <translation>予期しない JSON エラー：%1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB (%2 bytes); it is not read</source>
        <translation>ファイルが %1 MiB（%2 バイト）を超えているため読み込みません</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (at %1, byte offset %2)</source>
        <translation>ファイルが有効な UTF-8 テキストではありません（%1、バイトオフセット %2）</translation>
    </message>
    <message>
        <source>required key is missing (a version string, or null if unknown)</source>
        <translation>必須のキーがありません（バージョン文字列、不明なら null）</translation>
    </message>
    <message>
        <source>duplicate stage &quot;%1&quot; (first at %2): each stage appears at most once</source>
        <translation>ステージ「%1」が重複しています（最初は %2）。各ステージは 1 回までです</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot; is out of order: stages come in the order %2</source>
        <translation>ステージ「%1」の順序が正しくありません。ステージの順序は %2 です</translation>
    </message>
    <message>
        <source>must be at most %1: a bound far beyond any real workload that keeps every estimate finite</source>
        <translation>%1 以下でなければなりません: 実際のどのワークロードよりはるかに大きく、すべての推定を有限に保つ上限です</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>読み込みはキャンセルされました</translation>
    </message>
    <message>
        <source>(no file name)</source>
        <translation>(ファイル名なし)</translation>
    </message>
    <message>
        <source>the file is %1 text; Greenprint reads UTF-8 only: save it as UTF-8 (without byte order mark) and open it again</source>
        <translation>このファイルは %1 テキストです。Greenprint は UTF-8 のみを読み込みます: UTF-8(BOM なし)で保存してから開き直してください</translation>
    </message>
    <message>
        <source>the file contains a NUL byte at %1 (byte offset %2): it is not a text file, or it is damaged</source>
        <translation>ファイルの %1(バイトオフセット %2)に NUL バイトがあります: テキストファイルではないか、破損しています</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation>YYYY-MM-DD 形式の日付である必要があります（値：「%1」）</translation>
    </message>
    <message>
        <source>must not be before &quot;from&quot;</source>
        <translation>「from」より前にはできません</translation>
    </message>
    <message>
        <source>more than %1 components; the file is refused</source>
        <translation>コンポーネントが %1 個を超えているため、ファイルを受け付けません</translation>
    </message>
    <message>
        <source>more than %1 values outside the components (settings, catalog, scenarios and unknown keys); the file is refused</source>
        <translation>コンポーネント以外（設定、カタログ、シナリオ、未知のキー）の値が %1 個を超えているため、ファイルを受け付けません</translation>
    </message>
    <message>
        <source>%1 output tokens is more than the %2 tokensPerRequest they are part of</source>
        <translation>出力トークン %1 は、それを含む tokensPerRequest %2 を超えています</translation>
    </message>
    <message>
        <source>%1 active parameters is more than the model&apos;s %2 parameters</source>
        <translation>アクティブパラメーター %1 は、モデルのパラメーター %2 を超えています</translation>
    </message>
    <message>
        <source>applies to endpoints only: a job&apos;s requests are its total, &quot;requests&quot;</source>
        <translation>エンドポイントにのみ適用されます：ジョブのリクエスト数は合計の &quot;requests&quot; で指定します</translation>
    </message>
    <message>
        <source>give either &quot;requests&quot; (the total) or &quot;requestsPerMonth&quot;, not both</source>
        <translation>&quot;requests&quot;（合計）か &quot;requestsPerMonth&quot; のどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>%1 trainable parameters is more than the model&apos;s %2 parameters</source>
        <translation>学習対象パラメータ %1 はモデルのパラメータ数 %2 を超えています</translation>
    </message>
    <message>
        <source>gives the source of a busyTimeFactor that the work does not state</source>
        <translation>作業に記載されていない busyTimeFactor の出典を示しています</translation>
    </message>
</context>
<context>
    <name>greenprint::ProjectWriter</name>
    <message>
        <source>the override of &quot;%1&quot; does not hold valid JSON</source>
        <translation>「%1」の上書き値が有効な JSON ではありません</translation>
    </message>
    <message>
        <source>an endpoint serves inference work; it cannot hold training work</source>
        <translation>エンドポイントは推論の処理を扱うもので、学習の処理は持てません</translation>
    </message>
    <message>
        <source>cannot save a number that is not finite (%1)</source>
        <translation>有限でない数値は保存できません（%1）</translation>
    </message>
    <message>
        <source>the unknown key &quot;%1&quot; clashes with a key of the file format</source>
        <translation>不明なキー「%1」がファイル形式のキーと衝突しています</translation>
    </message>
    <message>
        <source>the unknown key &quot;%1&quot; does not hold valid JSON</source>
        <translation>不明なキー「%1」の値が有効な JSON ではありません</translation>
    </message>
    <message>
        <source>cannot save the project: %1</source>
        <translation>プロジェクトを保存できません：%1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません：%2</translation>
    </message>
    <message>
        <source>cannot save the project: it takes %1 MiB, more than the %2 MiB a project file may have (split it into several projects)</source>
        <translation>プロジェクトを保存できません: %1 MiB あり、プロジェクトファイルの上限 %2 MiB を超えています(複数のプロジェクトに分割してください)</translation>
    </message>
</context>
<context>
    <name>greenprint::PublicDatasetRule</name>
    <message>
        <source>Use a public dataset instead of ingesting and processing your own</source>
        <translation>独自データの取り込みと処理の代わりに公開データセットを使う</translation>
    </message>
    <message numerus="yes">
        <source>If the data exists as a curated public dataset (Open Data on AWS, including the Amazon Sustainability Data Initiative, or AWS Data Exchange), the copy drops the stage&apos;s %n processing job(s), stored copies and transfers. Assumption: the public dataset replaces them entirely; any filtering or tokenizing you still need is not counted.</source>
        <translation>
            <numerusform>データが整備された公開データセット（Amazon Sustainability Data Initiative を含む Open Data on AWS、または AWS Data Exchange）として存在する場合、コピーではこのステージの処理ジョブ %n 件、保存コピー、転送を削除します。前提：公開データセットがそれらを完全に置き換えます。なお必要なフィルタリングやトークン化は計上していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only for data that is public in kind (weather, climate, satellite imagery, air quality, energy, public text corpora); a different dataset can change what the model learns.</source>
        <translation>公開性のあるデータ（気象、気候、衛星画像、大気質、エネルギー、公開テキストコーパス）に限ります。データセットが変わると、モデルが学習する内容も変わる可能性があります。</translation>
    </message>
</context>
<context>
    <name>greenprint::QuantizeRule</name>
    <message>
        <source>Serve &quot;%1&quot; in bf16</source>
        <translation>「%1」を bf16 で提供する</translation>
    </message>
    <message>
        <source>Measured on an H100, a BERT-base forward pass in bf16 used %1 less energy per sample than in fp32; the copy applies that to the busy time.</source>
        <translation>H100 での測定では、BERT-base の順伝播は bf16 で fp32 よりサンプルあたりのエネルギーが %1 少なくなりました。コピーではこれを稼働時間に適用します。</translation>
    </message>
    <message>
        <source>Reduced precision rarely changes accuracy; re-validate.</source>
        <translation>精度を下げても正解率が変わることはまれですが、再検証してください。</translation>
    </message>
    <message>
        <source>Quantize &quot;%1&quot; to int8 (or prune it)</source>
        <translation>「%1」を int8 に量子化する（または枝刈りする）</translation>
    </message>
    <message>
        <source>Quantization halves the bits per weight and doubles the accelerator&apos;s peak (%1 has %2 int8 TOPS); the copy sizes the work in int8. Pruning can shrink the model further; no source gives a figure, so it is not counted.</source>
        <translation>量子化により重みあたりのビット数が半分になり、アクセラレーターのピーク性能が 2 倍になります（%1 は int8 で %2 TOPS）。コピーでは処理量を int8 で見積もります。枝刈りでモデルをさらに小さくできますが、数値を示す出典がないため計上していません。</translation>
    </message>
    <message>
        <source>Accuracy can drop; no source states by how much, so re-validate on your data.</source>
        <translation>精度が下がる可能性があります。どの程度かを示す出典はないため、自分のデータで再検証してください。</translation>
    </message>
    <message>
        <source>Serve in bf16</source>
        <translation>bf16 で提供する</translation>
    </message>
    <message>
        <source>Quantize to int8 (or prune)</source>
        <translation>int8 に量子化する (または枝刈りする)</translation>
    </message>
</context>
<context>
    <name>greenprint::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Projects</source>
        <translation>未保存のプロジェクトの復元</translation>
    </message>
    <message>
        <source>Greenprint did not close normally last time. These projects had changes that were not saved:</source>
        <translation>前回 Greenprint は正常に終了しませんでした。次のプロジェクトには保存されていない変更がありました：</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>無題のプロジェクト</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>%1
%2 · autosaved %3</source>
        <translation>%1
%2 · 自動保存 %3</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard All</source>
        <translation>すべて破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>後で決める(&amp;L)</translation>
    </message>
</context>
<context>
    <name>greenprint::ReferenceDatabaseBuilder</name>
    <message>
        <source>%1: cannot read the schema: %2</source>
        <translation>%1：スキーマを読み込めません：%2</translation>
    </message>
    <message>
        <source>%1: cannot create the database: %2</source>
        <translation>%1：データベースを作成できません：%2</translation>
    </message>
    <message>
        <source>%1: cannot write the database</source>
        <translation>%1：データベースに書き込めません</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>トランザクションを開始できません：%1</translation>
    </message>
    <message>
        <source>schema statement failed: %1
%2</source>
        <translation>スキーマの文が失敗しました：%1
%2</translation>
    </message>
    <message>
        <source>%1: the table &quot;meta&quot; is filled by the converter, not from a CSV</source>
        <translation>%1：テーブル「meta」は CSV からではなく変換ツールが書き込みます</translation>
    </message>
    <message>
        <source>%1: skipped, the schema has no table &quot;%2&quot;</source>
        <translation>%1：スキップしました。スキーマにテーブル「%2」がありません</translation>
    </message>
    <message>
        <source>%1: missing; the schema has a table &quot;%2&quot;</source>
        <translation>%1：ありません。スキーマにはテーブル「%2」があります</translation>
    </message>
    <message>
        <source>%1:1: column &quot;%2&quot; of table &quot;%3&quot; is missing (expected as column %4)</source>
        <translation>%1:1：テーブル「%3」の列「%2」がありません（%4 列目に必要）</translation>
    </message>
    <message>
        <source>%1:1: column %2 &quot;%3&quot; is not a column of table &quot;%4&quot;</source>
        <translation>%1:1：%2 列目の「%3」はテーブル「%4」の列ではありません</translation>
    </message>
    <message>
        <source>%1:1: column %2 is &quot;%3&quot;, table &quot;%4&quot; expects &quot;%5&quot; there</source>
        <translation>%1:1：%2 列目は「%3」ですが、テーブル「%4」ではそこに「%5」が必要です</translation>
    </message>
    <message>
        <source>%1:%2: row rejected: %3</source>
        <translation>%1:%2：行を拒否しました：%3</translation>
    </message>
    <message>
        <source>%1: missing or empty (it holds the data version)</source>
        <translation>%1：ないか空です（データのバージョンを保持するファイルです）</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>コミットできません：%1</translation>
    </message>
    <message>
        <source>cannot set the text encoding: %1</source>
        <translation>テキストのエンコーディングを設定できません: %1</translation>
    </message>
</context>
<context>
    <name>greenprint::ReferenceFormats</name>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>gCO2e/kWh</source>
        <translation>gCO2e/kWh</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>100% RE 2023</source>
        <translation>再エネ 100 % 2023</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory GiB</source>
        <translation>メモリ GiB</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>アクセラレーター</translation>
    </message>
    <message>
        <source>Accel.</source>
        <translation>アクセラ</translation>
    </message>
    <message>
        <source>Idle W</source>
        <translation>アイドル W</translation>
    </message>
    <message>
        <source>Max W</source>
        <translation>最大 W</translation>
    </message>
    <message>
        <source>Peak TFLOPS</source>
        <translation>ピーク TFLOPS</translation>
    </message>
    <message>
        <source>Typical W</source>
        <translation>標準 W</translation>
    </message>
    <message>
        <source>TFLOPS/kW</source>
        <translation>TFLOPS/kW</translation>
    </message>
    <message>
        <source>TFLOPS per USD/h</source>
        <translation>USD/h あたり TFLOPS</translation>
    </message>
    <message>
        <source>CPU index</source>
        <translation>CPU 指数</translation>
    </message>
    <message>
        <source>USD/h</source>
        <translation>USD/h</translation>
    </message>
    <message>
        <source>Power method</source>
        <translation>電力の算定方法</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>別名</translation>
    </message>
    <message>
        <source>
Peak TFLOPS: dense bf16 (fp16 where bf16 is unpublished) of all accelerators. Idle, Max and Typical W: Greenprint power model at 0 %, 100 % and the default utilization, accelerators included, before PUE; * marks AWS Neuron chips, whose power is a derived assumption. Other name: the SageMaker ml. name of an EC2 type, or the EC2 type of an ml. name. CPU index: vCPUs x throughput per vCPU relative to Skylake.
</source>
        <translation>
Peak TFLOPS：全アクセラレーターの密な bf16 ピーク（bf16 が未公表なら fp16）。Idle・Max・Typical W：Greenprint 電力モデルによる使用率 0 %・100 %・既定値での値（アクセラレーターを含み、PUE 適用前）。* は電力が導出された仮定である AWS Neuron チップを示す。Other name：EC2 タイプの SageMaker ml. 名、または ml. 名の EC2 タイプ。CPU index：vCPU 数 x Skylake 比の vCPU あたりスループット。
</translation>
    </message>
</context>
<context>
    <name>greenprint::ReferenceRepository</name>
    <message>
        <source>cannot read the table %1: %2</source>
        <translation>テーブル %1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>GREENPRINT_REFERENCE_DB names a file that does not exist</source>
        <translation>GREENPRINT_REFERENCE_DB が存在しないファイルを指しています</translation>
    </message>
    <message>
        <source>The reference database cannot be used (%1); trying the next location</source>
        <translation>参照データベースを使用できません（%1）。次の場所を試します</translation>
    </message>
    <message>
        <source>No reference database file found; using the built-in copy</source>
        <translation>参照データベースのファイルが見つからないため、組み込みのコピーを使用します</translation>
    </message>
    <message>
        <source>The reference database cannot be used (%1); using the built-in copy</source>
        <translation>参照データベースを使用できません（%1）。組み込みのコピーを使用します</translation>
    </message>
    <message>
        <source>the built-in copy is missing from this build</source>
        <translation>このビルドには組み込みのコピーがありません</translation>
    </message>
    <message>
        <source>cannot extract the built-in copy to a temporary file: %1</source>
        <translation>組み込みのコピーを一時ファイルに展開できません：%1</translation>
    </message>
    <message>
        <source>The built-in reference database cannot be read: %1</source>
        <translation>組み込みの参照データベースを読み込めません：%1</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>ファイル名が指定されていません</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <source>cannot open it: %1</source>
        <translation>開けません：%1</translation>
    </message>
    <message>
        <source>not a readable SQLite database</source>
        <translation>読み込み可能な SQLite データベースではありません</translation>
    </message>
    <message>
        <source>schema version %1, this version of Greenprint reads version %2</source>
        <translation>スキーマのバージョンは %1 ですが、この Greenprint が読めるのはバージョン %2 です</translation>
    </message>
    <message>
        <source>cannot read the table meta</source>
        <translation>テーブル meta を読み込めません</translation>
    </message>
    <message>
        <source>the data version is missing</source>
        <translation>データのバージョンがありません</translation>
    </message>
    <message>
        <source>cannot read the table instances</source>
        <translation>テーブル instances を読み込めません</translation>
    </message>
    <message>
        <source>Instance %1 has the unknown category &quot;%2&quot;</source>
        <translation>インスタンス %1 のカテゴリ「%2」は不明です</translation>
    </message>
    <message>
        <source>cannot read the table regions</source>
        <translation>テーブル regions を読み込めません</translation>
    </message>
    <message>
        <source>cannot read the table storage_classes</source>
        <translation>テーブル storage_classes を読み込めません</translation>
    </message>
    <message>
        <source>Unknown storage class &quot;%1&quot; ignored</source>
        <translation>不明なストレージクラス「%1」を無視しました</translation>
    </message>
    <message>
        <source>cannot read the table coefficients</source>
        <translation>テーブル coefficients を読み込めません</translation>
    </message>
    <message>
        <source>cannot read the table claims</source>
        <translation>テーブル claims を読み込めません</translation>
    </message>
    <message>
        <source>it has no instances or no regions</source>
        <translation>インスタンスまたはリージョンがありません</translation>
    </message>
    <message>
        <source>cannot read the table residual_mix</source>
        <translation>テーブル residual_mix を読み取れません</translation>
    </message>
</context>
<context>
    <name>greenprint::RegionMap</name>
    <message>
        <source>Map of regions by grid intensity</source>
        <translation>電力網排出係数別リージョンマップ</translation>
    </message>
    <message>
        <source>The land outline could not be loaded: %1</source>
        <translation>陸地の輪郭を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1 · %2 gCO2e/kWh</source>
        <translation>%1 · %2 gCO2e/kWh</translation>
    </message>
    <message>
        <source>Not on the map (no coordinates in the data): %1</source>
        <translation>地図に表示されないリージョン（データに座標なし）: %1</translation>
    </message>
    <message>
        <source>Grid intensity, gCO2e/kWh</source>
        <translation>電力網排出係数（gCO2e/kWh）</translation>
    </message>
    <message>
        <source>≥%1</source>
        <translation>%1以上</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 gCO2e/kWh, location-based</source>
        <translation>%1（%2）
%3 gCO2e/kWh（ロケーション基準）</translation>
    </message>
</context>
<context>
    <name>greenprint::RegionMoveRule</name>
    <message>
        <source>One-off copy of the stage&apos;s existing data to %1</source>
        <translation>ステージの既存データを %1 へ 1 回コピー</translation>
    </message>
    <message>
        <source>Run %1 in %2 (%3)</source>
        <translation>%1 を %2 で実行する（%3）</translation>
    </message>
    <message>
        <source>Moves the stage from %1 to %2, the allowed region with the lowest estimated kgCO2e for it (grid %3 gCO2e/kWh). %4 Prices in the reference data are us-east-1 On-Demand for every region, so regional price differences are not counted.</source>
        <translation>ステージを %1 から、許可されたリージョンのうち推定 kgCO2e が最も少ない %2（グリッド %3 gCO2e/kWh）へ移します。%4 参照データの価格はどのリージョンでも us-east-1 のオンデマンド価格なので、リージョン間の価格差は計上していません。</translation>
    </message>
    <message>
        <source>Counts a one-off transfer of the %1 GB the stage stores.</source>
        <translation>ステージが保存している %1 GB の 1 回限りの転送を計上します。</translation>
    </message>
    <message>
        <source>The stage stores no data, so no transfer is counted.</source>
        <translation>ステージはデータを保存していないため、転送は計上しません。</translation>
    </message>
    <message>
        <source>Check data residency and the other stages: keep data close to its producers and train close to the data, or count their transfers too.</source>
        <translation>データの所在要件と他のステージを確認してください。データは生成元の近くに置き、学習はデータの近くで行うか、それらの転送も計上してください。</translation>
    </message>
    <message>
        <source>Serving from another region changes the network latency to your users; the latency table has no figure from %1 to %2.</source>
        <translation>別のリージョンから提供すると、ユーザーへのネットワークレイテンシが変わります。レイテンシ表には %1 から %2 への値がありません。</translation>
    </message>
    <message>
        <source>Users near %1 reach %2 in a median %3 ms network round trip, against %4 ms to %5 now (cloudping.co, a year of measurements between AWS Regions).</source>
        <translation>%1 付近のユーザーは往復中央値 %3 ms で %2 に到達します。現在の %5 へは %4 ms です（cloudping.co、AWS リージョン間の 1 年分の測定）。</translation>
    </message>
    <message>
        <source>Users near %1 reach %2 in a median %3 ms network round trip (cloudping.co, a year of measurements between AWS Regions).</source>
        <translation>%1 付近のユーザーは往復中央値 %3 ms で %2 に到達します（cloudping.co、AWS リージョン間の 1 年分の測定）。</translation>
    </message>
    <message>
        <source>The users are taken to be near the endpoints&apos; current region: state the users&apos; region under Constraints.</source>
        <translation>ユーザーはエンドポイントの現在のリージョン付近にいるものとします。「制約」でユーザーのリージョンを指定してください。</translation>
    </message>
    <message>
        <source>One-off copy of the stage&apos;s existing data to the new region</source>
        <translation>ステージの既存データを新しいリージョンへ一度だけコピー</translation>
    </message>
    <message>
        <source>users near %1 would wait a median %2 ms round trip there</source>
        <translation>%1 付近のユーザーの往復時間は中央値 %2 ms になります</translation>
    </message>
    <message>
        <source>the latency table has no figure for it</source>
        <translation>レイテンシ表にこの値がありません</translation>
    </message>
    <message>
        <source>%1 (%2) would emit less (%3 kgCO2e for the stage against %4), but the project&apos;s latency ceiling of %5 ms (constraints.latencyCeilingMs) removes it: %6. This is the best region within the ceiling.</source>
        <translation>%1（%2）のほうが排出量は少なくなります（ステージで %3 kgCO2e、対して %4）が、プロジェクトのレイテンシ上限 %5 ms（constraints.latencyCeilingMs）により除外されます：%6。これが上限内で最良のリージョンです。</translation>
    </message>
</context>
<context>
    <name>greenprint::RegionPickerDialog</name>
    <message>
        <source>Search region id, name or basis…</source>
        <translation>リージョン ID、名前、根拠を検索…</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Grid intensity is location-based (gCO2e per kWh at the servers&apos; grid). Renewable matching is AWS&apos;s market-based claim: Greenprint reports it beside the location-based figure, never instead of it.</source>
        <translation>グリッド炭素強度はロケーション基準（サーバーが接続する電力網の kWh あたり gCO2e）です。再エネ充当は AWS のマーケット基準の主張で、Greenprint はロケーション基準の値と並べて示し、その代わりにはしません。</translation>
    </message>
    <message>
        <source>Choose Region</source>
        <translation>リージョンの選択</translation>
    </message>
    <message>
        <source>Search regions</source>
        <translation>リージョンを検索</translation>
    </message>
</context>
<context>
    <name>greenprint::RegionTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Custom region</source>
        <translation>カスタムリージョン</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Electricity consumption matched 100% with renewable energy in 2023 (market-based; the carbon figures here are location-based)</source>
        <translation>2023 年の電力消費を 100 % 再生可能エネルギーで充当（マーケット基準。ここでの排出量はロケーション基準）</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Grid (gCO2e/kWh)</source>
        <translation>グリッド（gCO2e/kWh）</translation>
    </message>
    <message>
        <source>Basis / year</source>
        <translation>根拠 / 年</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Renewable 2023</source>
        <translation>再エネ 2023</translation>
    </message>
</context>
<context>
    <name>greenprint::RegularFile</name>
    <message>
        <source>no file name was given</source>
        <translation>ファイル名が指定されていません</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>it is a pipe (FIFO), not a regular file; only regular files are read</source>
        <translation>パイプ(FIFO)であり、通常のファイルではありません。通常のファイルのみ読み込みます</translation>
    </message>
    <message>
        <source>it is a device, not a regular file; only regular files are read</source>
        <translation>デバイスであり、通常のファイルではありません。通常のファイルのみ読み込みます</translation>
    </message>
    <message>
        <source>it is a socket, not a regular file; only regular files are read</source>
        <translation>ソケットであり、通常のファイルではありません。通常のファイルのみ読み込みます</translation>
    </message>
    <message>
        <source>it is not a regular file; only regular files are read</source>
        <translation>通常のファイルではありません。通常のファイルのみ読み込みます</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>ファイルを開けません：%1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません：%1</translation>
    </message>
</context>
<context>
    <name>greenprint::RightSizeRule</name>
    <message>
        <source>Right-size &quot;%1&quot;: %2 x %3 instead of %4 x %5</source>
        <translation>「%1」を適正化：%4 x %5 ではなく %2 x %3</translation>
    </message>
    <message>
        <source>Utilization is %1 (CloudWatch or the Debugger profiler show it). The copy runs the same work on %2 x %3 at %4. Energy per unit of work falls as load rises: measured on an H100, %5 less at 75 % than at 10 % load. Assumption: the work packs at up to 75 % utilization for the same hours.</source>
        <translation>使用率は %1 です（CloudWatch または Debugger のプロファイラーで確認できます）。コピーでは同じ処理を %2 x %3、使用率 %4 で実行します。処理量あたりのエネルギーは負荷が上がるほど下がり、H100 での測定では負荷 75 % のとき 10 % のときより %5 少なくなりました。前提：同じ時間で使用率 75 % まで処理を集約できます。</translation>
    </message>
    <message>
        <source>Less headroom for peaks; memory per instance must still fit the job.</source>
        <translation>ピークへの余裕が減ります。インスタンスあたりのメモリはジョブに足りる必要があります。</translation>
    </message>
    <message>
        <source>Measured utilization is %1 (%2). The copy runs the same work on %3 x %4 at %5. Energy per unit of work falls as load rises: measured on an H100, %6 less at 75 % than at 10 % load. Assumption: the work packs at up to 75 % utilization for the same hours.</source>
        <translation>測定した使用率は %1 です（%2）。コピーは同じ作業を %3 x %4 で %5 で実行します。作業単位あたりのエネルギーは負荷が上がるほど下がります：H100 の測定では、負荷 75 % は 10 % より %6 少なくなります。前提条件：同じ時間で使用率 75 % まで作業を詰められること。</translation>
    </message>
    <message>
        <source>Right-size the instances</source>
        <translation>インスタンスを適正サイズにする</translation>
    </message>
</context>
<context>
    <name>greenprint::RuleSupport</name>
    <message>
        <source>Whether %1 offers %2 is not known (the EC2 offerings snapshot does not cover the region or the type): check before you plan on it.</source>
        <translation>%1 が %2 を提供しているかは不明です（EC2 提供情報のスナップショットがこのリージョンまたはタイプを扱っていません）：計画に組み込む前に確認してください。</translation>
    </message>
    <message>
        <source>The closest match, %1 x %2, is not offered in %3 (EC2 offerings of %4): %5 x %6 is the best match the Region offers.</source>
        <translation>最も近い候補の %1 x %2 は %3 で提供されていません（%4 時点の EC2 提供情報）。このリージョンで提供される最適な候補は %5 x %6 です。</translation>
    </message>
</context>
<context>
    <name>greenprint::ScenarioApplier</name>
    <message>
        <source>scenario &quot;%1&quot;: suggestion &quot;%2&quot; does not apply to this plan (it may have changed, or the suggestion would break a constraint)</source>
        <translation>シナリオ「%1」：提案「%2」はこの計画に適用できません（計画が変わったか、提案が制約に反します）</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: %2</source>
        <translation>シナリオ「%1」：%2</translation>
    </message>
    <message>
        <source>unknown scenario &quot;%1&quot;: the project has no scenarios</source>
        <translation>不明なシナリオ「%1」：プロジェクトにシナリオがありません</translation>
    </message>
    <message>
        <source>unknown scenario &quot;%1&quot;; the project&apos;s scenarios are: %2</source>
        <translation>不明なシナリオ「%1」。プロジェクトのシナリオ：%2</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: %2: %3</source>
        <translation>シナリオ「%1」: %2: %3</translation>
    </message>
</context>
<context>
    <name>greenprint::ScenarioEvaluator</name>
    <message>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>上書き %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>not estimated: %1</source>
        <translation>推定不可：%1</translation>
    </message>
    <message>
        <source>not estimated: some component could not be estimated</source>
        <translation>推定不可：推定できないコンポーネントがあります</translation>
    </message>
    <message>
        <source>cost unknown: no price for &quot;%1&quot; in the reference data</source>
        <translation>コスト不明：参照データに「%1」の価格がありません</translation>
    </message>
    <message>
        <source>cost unknown: no price for &quot;%1&quot; (%2) in the reference data</source>
        <translation>コスト不明：参照データに「%1」（%2）の価格がありません</translation>
    </message>
    <message>
        <source>cost unknown: some price is missing from the reference data</source>
        <translation>コスト不明：参照データに価格がありません</translation>
    </message>
</context>
<context>
    <name>greenprint::ScenarioListModel</name>
    <message numerus="yes">
        <source>%1: %n suggestion(s) applied</source>
        <translation>
            <numerusform>%1：提案 %n 件を適用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field override(s)</source>
        <translation>
            <numerusform>フィールド上書き %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::ScenarioSelector</name>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>No scenario yet: click New</source>
        <translation>シナリオはまだありません：「新規」をクリック</translation>
    </message>
    <message>
        <source>Current scenario</source>
        <translation>現在のシナリオ</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>シナリオ(&amp;S):</translation>
    </message>
    <message>
        <source>Add an empty scenario</source>
        <translation>空のシナリオを追加</translation>
    </message>
    <message>
        <source>Add a copy of the current scenario</source>
        <translation>現在のシナリオのコピーを追加</translation>
    </message>
    <message>
        <source>Rename the current scenario</source>
        <translation>現在のシナリオの名前を変更</translation>
    </message>
    <message>
        <source>Delete the current scenario (Edit &gt; Undo brings it back)</source>
        <translation>現在のシナリオを削除（編集 &gt; 元に戻す で復元できます）</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>シナリオ %1</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>シナリオ名の変更</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <source>A scenario needs a name that no other scenario has.</source>
        <translation>シナリオには他のシナリオと重複しない名前が必要です。</translation>
    </message>
</context>
<context>
    <name>greenprint::Screenshotter</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 を書き込めません</translation>
    </message>
    <message>
        <source>the whole plan&apos;s Pareto front is empty and shows no reason why</source>
        <translation>計画全体のパレートフロントが空で、その理由が表示されていません</translation>
    </message>
</context>
<context>
    <name>greenprint::ServerlessEndpointRule</name>
    <message>
        <source>Serve &quot;%1&quot; with SageMaker Serverless Inference</source>
        <translation>「%1」を SageMaker Serverless Inference で提供する</translation>
    </message>
    <message>
        <source>For intermittent or unpredictable traffic, serverless inference launches capacity per request and scales to zero: the endpoint is busy %1 of its %2 hours, and the copy counts only the busy hours, at full load. Assumption: this instance type stands in for the serverless capacity (which is CPU only).</source>
        <translation>断続的または予測できないトラフィックでは、サーバーレス推論がリクエストごとに容量を起動し、ゼロまでスケールします。エンドポイントは %2 時間のうち %1 稼働しており、コピーでは稼働時間だけを全負荷で計上します。前提：このインスタンスタイプでサーバーレスの容量（CPU のみ）を代替します。</translation>
    </message>
    <message>
        <source>Cold starts add latency after idle periods; Serverless Inference has no GPUs and limits memory and concurrency.</source>
        <translation>アイドル後のコールドスタートで遅延が増えます。Serverless Inference には GPU がなく、メモリと同時実行数に上限があります。</translation>
    </message>
    <message>
        <source>Serve with SageMaker Serverless Inference</source>
        <translation>SageMaker Serverless Inference で提供する</translation>
    </message>
</context>
<context>
    <name>greenprint::ServerlessPipelineRule</name>
    <message>
        <source>Run &quot;%1&quot; as a serverless pipeline (AWS Glue, Step Functions)</source>
        <translation>「%1」をサーバーレスパイプライン（AWS Glue、Step Functions）として実行する</translation>
    </message>
    <message>
        <source>The cluster is busy %1 of its %2 hours. An event-driven serverless pipeline provisions capacity only while work runs: the copy keeps the busy %3 hours at full load, as the estimator counts serverless endpoints. Assumption: the same instance type stands in for the serverless capacity.</source>
        <translation>クラスターは %2 時間のうち %1 稼働しています。イベント駆動のサーバーレスパイプラインは処理の実行中だけ容量をプロビジョニングします。コピーでは、見積もりエンジンがサーバーレスエンドポイントを数えるのと同様に、稼働中の %3 時間を全負荷で計上します。前提：同じインスタンスタイプでサーバーレスの容量を代替します。</translation>
    </message>
    <message>
        <source>Jobs start on demand (start-up time per run); long-running Spark jobs may need rework for Glue.</source>
        <translation>ジョブは必要時に開始します（実行ごとに起動時間がかかります）。長時間の Spark ジョブは Glue 向けに手直しが必要な場合があります。</translation>
    </message>
    <message>
        <source>Run as serverless pipelines (AWS Glue, Step Functions)</source>
        <translation>サーバーレスパイプライン (AWS Glue、Step Functions) として実行する</translation>
    </message>
</context>
<context>
    <name>greenprint::SpotRule</name>
    <message>
        <source>Run &quot;%1&quot; on Spot capacity</source>
        <translation>「%1」をスポット容量で実行する</translation>
    </message>
    <message>
        <source>Managed Spot Training uses spare EC2 capacity at up to 90 % off On-Demand (C16); the estimate applies a %1 discount. Carbon: none saved. The same hardware runs for the same hours, so location- and market-based kgCO2e do not change; only a marginal accounting that credits using idle capacity would count less, and Greenprint reports location-based carbon.</source>
        <translation>マネージドスポットトレーニングは、EC2 の余剰容量をオンデマンドより最大 90 % 安く使います（C16）。見積もりでは %1 の割引を適用します。排出量：削減なし。同じハードウェアが同じ時間稼働するため、ロケーション基準・マーケット基準の kgCO2e は変わりません。余剰容量の利用を評価する限界的な算定でのみ少なくなりますが、Greenprint はロケーション基準の排出量を報告します。</translation>
    </message>
    <message>
        <source>Spot capacity can be reclaimed with two minutes&apos; notice: checkpoint, and expect interrupted runs to take longer.</source>
        <translation>スポット容量は 2 分前の通知で回収されることがあります。チェックポイントを取り、中断された実行は長引くと見込んでください。</translation>
    </message>
    <message>
        <source>Run on Spot capacity</source>
        <translation>スポットキャパシティで実行する</translation>
    </message>
</context>
<context>
    <name>greenprint::StageForm</name>
    <message>
        <source>&amp;Region override:</source>
        <translation>リージョンの上書き(&amp;R):</translation>
    </message>
    <message>
        <source>Run this stage in another region than the project&apos;s, e.g. train where the grid is cleaner. Leave empty to use the project&apos;s region.</source>
        <translation>このステージをプロジェクトとは別のリージョンで実行します（例：電力がよりクリーンな場所で学習）。空欄ならプロジェクトのリージョンを使います。</translation>
    </message>
    <message>
        <source>Project region (%1)</source>
        <translation>プロジェクトのリージョン（%1）</translation>
    </message>
</context>
<context>
    <name>greenprint::StageNavigator</name>
    <message>
        <source>Stages and components</source>
        <translation>ステージとコンポーネント</translation>
    </message>
</context>
<context>
    <name>greenprint::StageTreeModel</name>
    <message>
        <source>The project&apos;s region</source>
        <translation>プロジェクトのリージョン</translation>
    </message>
    <message>
        <source>Stage region override</source>
        <translation>ステージのリージョンを上書き</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Stage / component</source>
        <translation>ステージ / コンポーネント</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Hours (h)</source>
        <translation>時間（h）</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>エネルギー（kWh）</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>コスト（USD）</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>見積もり中…</translation>
    </message>
    <message>
        <source>Estimating: these figures are from before the last change</source>
        <translation>見積もり中: これらの数値は最後の変更前のものです</translation>
    </message>
    <message>
        <source>Carbon (kgCO2e), location-based</source>
        <translation>排出量 (kgCO2e)、ロケーション基準</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
</context>
<context>
    <name>greenprint::StopFailingRunsRule</name>
    <message>
        <source>Let SageMaker Debugger stop &quot;%1&quot; when it goes wrong</source>
        <translation>問題発生時に SageMaker Debugger で「%1」を停止させる</translation>
    </message>
    <message>
        <source>Debugger&apos;s built-in rules (system bottlenecks, overfitting, saturated activations) stop a training job as soon as they detect a problem. This plan counts no failed runs, so it saves nothing on the plan as written; each run of this job that fails and is stopped early saves up to its %1 kgCO2e and %2 hours.</source>
        <translation>Debugger の組み込みルール（システムのボトルネック、過学習、飽和した活性化）は、問題を検出するとすぐに学習ジョブを停止します。この計画は失敗した実行を計上していないため、記載どおりの計画では削減はありません。このジョブの実行が失敗して早期に停止されるたびに、最大で %1 kgCO2e と %2 時間を削減します。</translation>
    </message>
    <message>
        <source>A rule that fires wrongly stops a healthy run; tune the rules&apos; thresholds.</source>
        <translation>誤って発動したルールは正常な実行を停止させます。ルールのしきい値を調整してください。</translation>
    </message>
    <message>
        <source>Let SageMaker Debugger stop runs that go wrong</source>
        <translation>失敗している実行を SageMaker Debugger に停止させる</translation>
    </message>
</context>
<context>
    <name>greenprint::StorageForm</name>
    <message>
        <source>Storage &amp;class:</source>
        <translation>ストレージクラス(&amp;C):</translation>
    </message>
    <message>
        <source>The S3, EBS or EFS class; it sets the medium (SSD or HDD), the number of copies kept and the price.</source>
        <translation>S3、EBS、EFS のクラス。媒体（SSD または HDD）、保持するコピー数、価格が決まります。</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>サイズ(&amp;S):</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>期間(&amp;D):</translation>
    </message>
    <message>
        <source> months</source>
        <translation> か月</translation>
    </message>
    <message>
        <source>How long the data is kept (1 month = 730 h).</source>
        <translation>データを保持する期間（1 か月 = 730 h）。</translation>
    </message>
    <message>
        <source>Amount of data stored. Type a unit to convert: 2 TB is 2048 GB (AWS bills in binary units: 1 GB = 2^30 bytes, 1 TB = 1024 GB, 1 PB = 1024 TB).</source>
        <translation>保存するデータ量。単位を付けて入力すると換算します：2 TB は 2048 GB（AWS はバイナリ単位で課金：1 GB = 2^30 バイト、1 TB = 1024 GB、1 PB = 1024 TB）。</translation>
    </message>
</context>
<context>
    <name>greenprint::StorageLifecycleRule</name>
    <message>
        <source>Expire &quot;%1&quot; after %2 months with an S3 Lifecycle rule</source>
        <translation>S3 ライフサイクルルールで「%1」を %2 か月後に期限切れにする</translation>
    </message>
    <message>
        <source>Define a retention period that meets the business requirement without exceeding it and let S3 Lifecycle delete the data. Assumption: the data is needed for %1 of the %2 months planned; set the period you actually need.</source>
        <translation>業務要件を満たしつつ超えすぎない保持期間を定め、S3 ライフサイクルでデータを削除させます。前提：データが必要なのは計画した %2 か月のうち %1 です。実際に必要な期間を設定してください。</translation>
    </message>
    <message>
        <source>Deleted data is gone: keep what audits, reproducibility or retraining require.</source>
        <translation>削除したデータは元に戻せません。監査、再現性、再学習に必要なものは残してください。</translation>
    </message>
    <message>
        <source>Expire stored data with an S3 Lifecycle rule</source>
        <translation>S3 ライフサイクルルールで保存データを期限切れにする</translation>
    </message>
</context>
<context>
    <name>greenprint::Suggestion</name>
    <message>
        <source>Whole plan</source>
        <translation>計画全体</translation>
    </message>
</context>
<context>
    <name>greenprint::SuggestionFormats</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>kgCO2e saved</source>
        <translation>削減 kgCO2e</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>kWh saved</source>
        <translation>削減 kWh</translation>
    </message>
    <message>
        <source>USD saved</source>
        <translation>削減 USD</translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation>削減時間</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>確度</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Suggestion (source)</source>
        <translation>提案（出典）</translation>
    </message>
    <message>
        <source>Plan: %1 kgCO2e, %2 kWh, %3 USD. Each suggestion is estimated on its own copy of the plan; savings of several do not add up.

</source>
        <translation>計画：%1 kgCO2e、%2 kWh、%3 USD。各提案は計画のコピーごとに見積もっているため、複数の提案の削減量は合算できません。

</translation>
    </message>
    <message>
        <source>No suggestions: nothing in this plan matches a practice of the guidance within its constraints.
</source>
        <translation>提案はありません：この計画には、制約の範囲内でガイダンスのプラクティスに当てはまるものがありません。
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The plan itself cannot run as written:
</source>
        <translation>計画そのものが記載どおりには実行できません：
</translation>
    </message>
    <message numerus="yes">
        <source>Not offered (%n):
</source>
        <translation>
            <numerusform>提案していないもの（%n 件）：
</numerusform>
        </translation>
    </message>
    <message>
        <source>  - %1 (%2), because %3
</source>
        <translation>  - %1（%2）、理由：%3
</translation>
    </message>
    <message>
        <source>  - %1
    %2: would save %3 kgCO2e (%4 %), %5 USD.
</source>
        <translation>  - %1
    %2：%3 kgCO2e（%4 %）、%5 USD の削減見込み。
</translation>
    </message>
    <message>
        <source>  - %1 (%2): nothing counted on this plan
</source>
        <translation>  - %1（%2）：この計画では何も計上されません
</translation>
    </message>
    <message>
        <source>  - %1 (%2): %3 kgCO2e, %4 USD
</source>
        <translation>  - %1（%2）：%3 kgCO2e、%4 USD
</translation>
    </message>
</context>
<context>
    <name>greenprint::SuggestionGrouping</name>
    <message>
        <source>Does a public dataset (Open Data on AWS, AWS Data Exchange) hold the data this stage ingests? The plan does not say, so this is not ranked.</source>
        <translation>このステージが取り込むデータは公開データセット（Open Data on AWS、AWS Data Exchange）にありますか？計画に記載がないため、順位付けしません。</translation>
    </message>
    <message>
        <source>How much accuracy may the model lose? State the project&apos;s accuracy floor; until then this is not ranked.</source>
        <translation>モデルはどれだけ精度を失ってよいですか？プロジェクトの精度下限を指定してください。それまでは順位付けしません。</translation>
    </message>
    <message numerus="yes">
        <source>%1, and the same on %n other component(s)</source>
        <translation>
            <numerusform>%1（ほか %n 個のコンポーネントにも同じ）</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs an answer before it is ranked</source>
        <translation>順位付けの前に回答が必要</translation>
    </message>
    <message>
        <source>Smaller savings (under 0.5 % of the plan&apos;s kgCO2e, or nothing counted)</source>
        <translation>小さな削減（計画の kgCO2e の 0.5 % 未満、または計上なし）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n component(s))</source>
        <translation>
            <numerusform>%1 (%n 個のコンポーネント)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::SuggestionListModel</name>
    <message>
        <source>Side effects: %1</source>
        <translation>副作用：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Apply the suggestion in the current scenario</source>
        <translation>現在のシナリオに提案を適用</translation>
    </message>
    <message>
        <source>Location-based kgCO2e saved, estimated on its own copy of the plan; savings of several do not add up</source>
        <translation>削減したロケーション基準の kgCO2e（計画のコピーごとに見積もり）。複数の削減量は合算できません</translation>
    </message>
    <message>
        <source>Wall-clock hours of the jobs saved</source>
        <translation>削減したジョブの実時間</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Saved (kgCO2e)</source>
        <translation>削減（kgCO2e）</translation>
    </message>
    <message>
        <source>Saved (kWh)</source>
        <translation>削減（kWh）</translation>
    </message>
    <message>
        <source>Saved (USD)</source>
        <translation>削減（USD）</translation>
    </message>
    <message>
        <source>Saved (h)</source>
        <translation>削減（h）</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>確度</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Applies to: %1</source>
        <translation>対象：%1</translation>
    </message>
    <message>
        <source>Needs an answer: %1</source>
        <translation>回答が必要：%1</translation>
    </message>
    <message>
        <source>Smaller: %1 (nothing counted on this plan)</source>
        <translation>小：%1（この計画では計上なし）</translation>
    </message>
    <message>
        <source>Smaller: %1 (&lt; 0.5 %)</source>
        <translation>小：%1（&lt; 0.5 %）</translation>
    </message>
</context>
<context>
    <name>greenprint::TrainingCompilerRule</name>
    <message>
        <source>Compile the training of &quot;%1&quot; for the GPU</source>
        <translation>「%1」の学習を GPU 向けにコンパイルする</translation>
    </message>
    <message>
        <source>Compiling the model to hardware-optimized kernels (SageMaker Training Compiler, up to 50 % faster per C15; torch.compile) shortens training. The copy applies the measured saving: %1 less energy per sample on an H100 (and 26 % less time), as %1 fewer busy hours.</source>
        <translation>モデルをハードウェアに最適化したカーネルにコンパイルする（SageMaker Training Compiler：C15 によれば最大 50 % 高速、torch.compile）と学習時間が短くなります。コピーでは測定した削減量（H100 でサンプルあたりのエネルギー %1 減、時間 26 % 減）を、稼働時間の %1 削減として適用します。</translation>
    </message>
    <message>
        <source>A one-off compile (55 s measured) per run; AWS announces no new releases of SageMaker Training Compiler, so use torch.compile or XLA.</source>
        <translation>実行ごとに 1 回のコンパイル（測定値 55 秒）が必要です。AWS は SageMaker Training Compiler の新リリースを予定していないため、torch.compile または XLA を使ってください。</translation>
    </message>
    <message>
        <source>Compile the training for the GPU</source>
        <translation>学習を GPU 向けにコンパイルする</translation>
    </message>
</context>
<context>
    <name>greenprint::TrainiumRule</name>
    <message>
        <source>Train &quot;%1&quot; on AWS Trainium (%2 x %3)</source>
        <translation>「%1」を AWS Trainium で学習する（%2 x %3）</translation>
    </message>
    <message>
        <source>Trainium is expected to be AWS&apos;s most energy-efficient training processor: AWS reports about 25 % less energy for BERT-Large (C05) and up to 50 % lower cost (C04). The copy moves %1 x %2 to %3 x %4 of the same throughput; the estimator gives the hours and the Neuron power.</source>
        <translation>Trainium は AWS で最もエネルギー効率の高い学習用プロセッサーとされています。AWS は BERT-Large でエネルギー約 25 % 減（C05）、コスト最大 50 % 減（C04）と報告しています。コピーでは同じスループットで %1 x %2 を %3 x %4 に移し、時間と Neuron の電力は見積もりエンジンが算出します。</translation>
    </message>
    <message>
        <source>The model must compile with the AWS Neuron SDK; check operator support. Neuron power is derived from AWS claims, not published.</source>
        <translation>モデルを AWS Neuron SDK でコンパイルできる必要があります。演算子の対応状況を確認してください。Neuron の電力は公表値ではなく、AWS の主張から推定したものです。</translation>
    </message>
    <message>
        <source>Train &quot;%1&quot; on AWS Trainium2 (%2 x %3)</source>
        <translation>「%1」を AWS Trainium2 で学習（%2 x %3）</translation>
    </message>
    <message>
        <source>AWS announced Trainium2 with up to twice the performance per watt of Trainium (C10). The copy moves %1 x %2 to %3 x %4 of the same throughput; the estimator gives the hours and the Neuron power. The catalog has no Trainium2 price yet, so the cost change may be unknown.</source>
        <translation>AWS は Trainium2 のワットあたり性能が Trainium の最大 2 倍と発表しています（C10）。コピーは %1 x %2 を同じスループットの %3 x %4 に移し、時間と Neuron の電力は推定器が求めます。カタログには Trainium2 の価格がまだないため、コストの変化は不明な場合があります。</translation>
    </message>
    <message>
        <source>Train on AWS Trainium2</source>
        <translation>AWS Trainium2 で学習する</translation>
    </message>
    <message>
        <source>Train on AWS Trainium</source>
        <translation>AWS Trainium で学習する</translation>
    </message>
</context>
<context>
    <name>greenprint::TransferForm</name>
    <message>
        <source>&amp;Size:</source>
        <translation>サイズ(&amp;S):</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>&amp;To region:</source>
        <translation>転送先リージョン(&amp;T):</translation>
    </message>
    <message>
        <source>Where the data goes (AWS region id). Network energy and inter-region transfer prices apply.</source>
        <translation>データの転送先（AWS リージョン ID）。ネットワークのエネルギーとリージョン間転送の料金がかかります。</translation>
    </message>
    <message>
        <source>Another region</source>
        <translation>別のリージョン</translation>
    </message>
    <message>
        <source>Data moved out of the stage&apos;s region. Type a unit to convert: 2 TB is 2048 GB (AWS bills in binary units: 1 GB = 2^30 bytes, 1 TB = 1024 GB, 1 PB = 1024 TB).</source>
        <translation>ステージのリージョンから転送するデータ。単位を付けて入力すると換算します：2 TB は 2048 GB（AWS はバイナリ単位で課金：1 GB = 2^30 バイト、1 TB = 1024 GB、1 PB = 1024 TB）。</translation>
    </message>
</context>
<context>
    <name>greenprint::TuningForm</name>
    <message>
        <source>The instance type each trial runs on.</source>
        <translation>各試行を実行するインスタンスタイプ。</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>台数(&amp;C):</translation>
    </message>
    <message>
        <source> per trial</source>
        <translation> / 試行</translation>
    </message>
    <message>
        <source>Instances per trial.</source>
        <translation>試行あたりのインスタンス数。</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>戦略(&amp;S):</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>グリッド</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>Bayesian</source>
        <translation>ベイズ</translation>
    </message>
    <message>
        <source>Hyperband</source>
        <translation>Hyperband</translation>
    </message>
    <message>
        <source>The search strategy (recorded for reports; the trial count drives the estimate).</source>
        <translation>探索戦略（レポート用の記録。見積もりは試行回数で決まります）。</translation>
    </message>
    <message>
        <source>&amp;Trials:</source>
        <translation>試行回数(&amp;T):</translation>
    </message>
    <message>
        <source> trials</source>
        <translation> 回</translation>
    </message>
    <message>
        <source>Number of training jobs the tuner launches.</source>
        <translation>チューナーが起動する学習ジョブの数。</translation>
    </message>
    <message>
        <source>&amp;Hours per trial:</source>
        <translation>試行あたりの時間(&amp;H):</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Wall-clock hours of one trial.</source>
        <translation>1 回の試行の実時間。</translation>
    </message>
    <message>
        <source>&amp;Utilization:</source>
        <translation>使用率(&amp;U):</translation>
    </message>
    <message>
        <source>Average load of each instance during a trial.</source>
        <translation>試行中の各インスタンスの平均負荷。</translation>
    </message>
</context>
<context>
    <name>greenprint::UnitFormatter</name>
    <message>
        <source>Wh</source>
        <translation>Wh</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>gCO2e</source>
        <translation>gCO2e</translation>
    </message>
    <message>
        <source>tCO2e</source>
        <translation>tCO2e</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1～%2 %3</translation>
    </message>
    <message>
        <source>%1 USD</source>
        <translation>%1 USD</translation>
    </message>
</context>
<context>
    <name>greenprint::UserCatalogDialog</name>
    <message>
        <source>Instance id</source>
        <translation>インスタンス ID</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>メモリ（GiB）</translation>
    </message>
    <message>
        <source>Idle (W)</source>
        <translation>アイドル（W）</translation>
    </message>
    <message>
        <source>Max (W)</source>
        <translation>最大（W）</translation>
    </message>
    <message>
        <source>Price (USD/h)</source>
        <translation>価格（USD/h）</translation>
    </message>
    <message>
        <source>Embodied (kgCO2e)</source>
        <translation>内包（kgCO2e）</translation>
    </message>
    <message>
        <source>Region id</source>
        <translation>リージョン ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Grid (gCO2e/kWh)</source>
        <translation>グリッド（gCO2e/kWh）</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>My Instances and Regions</source>
        <translation>マイインスタンスとリージョン</translation>
    </message>
    <message>
        <source>My instances</source>
        <translation>マイインスタンス</translation>
    </message>
    <message>
        <source>My regions</source>
        <translation>マイリージョン</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Instance</source>
        <translation>インスタンスを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation>インスタンス(&amp;I)</translation>
    </message>
    <message>
        <source>Add Re&amp;gion</source>
        <translation>リージョンを追加(&amp;G)</translation>
    </message>
    <message>
        <source>Re&amp;gions</source>
        <translation>リージョン(&amp;G)</translation>
    </message>
    <message>
        <source>Edit a cell to save the row. Watts are whole-instance averages before PUE; leave price or embodied carbon empty when unknown.</source>
        <translation>セルを編集すると行が保存されます。W はインスタンス全体の平均値（PUE 適用前）です。価格や内包排出量が不明なら空欄にしてください。</translation>
    </message>
    <message>
        <source>My region</source>
        <translation>マイリージョン</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されていません：%1</translation>
    </message>
</context>
<context>
    <name>greenprint::UserRepository</name>
    <message>
        <source>No location for the user catalog is available</source>
        <translation>ユーザーカタログの保存場所がありません</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：フォルダーを作成できません</translation>
    </message>
    <message>
        <source>%1: cannot open the user catalog: %2</source>
        <translation>%1：ユーザーカタログを開けません：%2</translation>
    </message>
    <message>
        <source>%1: not a user catalog: %2</source>
        <translation>%1：ユーザーカタログではありません：%2</translation>
    </message>
    <message>
        <source>%1: the user catalog was written by a newer version of Greenprint (schema %2, this version reads %3)</source>
        <translation>%1：ユーザーカタログは新しい Greenprint で書き込まれています（スキーマ %2、このバージョンが読めるのは %3）</translation>
    </message>
    <message>
        <source>%1: not a user catalog (an unrelated SQLite database)</source>
        <translation>%1：ユーザーカタログではありません（無関係の SQLite データベース）</translation>
    </message>
    <message>
        <source>%1: cannot create the user catalog: %2</source>
        <translation>%1：ユーザーカタログを作成できません：%2</translation>
    </message>
    <message>
        <source>the schema %1 is missing from this build</source>
        <translation>このビルドにはスキーマ %1 がありません</translation>
    </message>
    <message>
        <source>An instance needs a name</source>
        <translation>インスタンスには名前が必要です</translation>
    </message>
    <message>
        <source>Instance %1: power must be zero or more watts</source>
        <translation>インスタンス %1：電力は 0 W 以上である必要があります</translation>
    </message>
    <message>
        <source>Instance %1: maximum power is below idle power</source>
        <translation>インスタンス %1：最大電力がアイドル電力を下回っています</translation>
    </message>
    <message>
        <source>Instance %1: vCPUs, memory and accelerators cannot be negative</source>
        <translation>インスタンス %1：vCPU、メモリ、アクセラレーターは負にできません</translation>
    </message>
    <message>
        <source>Instance %1: TDP, embodied emissions and price cannot be negative</source>
        <translation>インスタンス %1：TDP、内包排出量、価格は負にできません</translation>
    </message>
    <message>
        <source>Instance %1: a load point needs a utilization from 0 to 1 and zero or more watts</source>
        <translation>インスタンス %1：負荷点には 0～1 の使用率と 0 W 以上の電力が必要です</translation>
    </message>
    <message>
        <source>Instance %1: two load points share a utilization</source>
        <translation>インスタンス %1：2 つの負荷点の使用率が同じです</translation>
    </message>
    <message>
        <source>A region needs an id</source>
        <translation>リージョンには ID が必要です</translation>
    </message>
    <message>
        <source>Region %1: grid intensity must be zero or more gCO2e/kWh</source>
        <translation>リージョン %1：グリッド炭素強度は 0 gCO2e/kWh 以上である必要があります</translation>
    </message>
    <message>
        <source>Region %1: PUE must be greater than zero</source>
        <translation>リージョン %1：PUE は 0 より大きい必要があります</translation>
    </message>
    <message>
        <source>Region %1: coordinates are out of range</source>
        <translation>リージョン %1：座標が範囲外です</translation>
    </message>
    <message>
        <source>Region %1: intensities cannot be negative</source>
        <translation>リージョン %1：炭素強度は負にできません</translation>
    </message>
    <message>
        <source>The user catalog is not open</source>
        <translation>ユーザーカタログが開かれていません</translation>
    </message>
    <message>
        <source>Instance %1 cannot be saved: %2</source>
        <translation>インスタンス %1 を保存できません：%2</translation>
    </message>
    <message>
        <source>Region %1 cannot be saved: %2</source>
        <translation>リージョン %1 を保存できません：%2</translation>
    </message>
    <message>
        <source>There is no user instance %1</source>
        <translation>ユーザーインスタンス %1 はありません</translation>
    </message>
    <message>
        <source>There is no user region %1</source>
        <translation>ユーザーリージョン %1 はありません</translation>
    </message>
</context>
<context>
    <name>greenprint::WaterfallChart</name>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>削減</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>増加</translation>
    </message>
    <message>
        <source>Savings waterfall: the plan&apos;s carbon after each applied suggestion</source>
        <translation>削減ウォーターフォール：提案を適用するごとの計画の排出量</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>%1: %2 %3 (total after it: %4 %3)</source>
        <translation>%1：%2 %3（適用後の合計：%4 %3）</translation>
    </message>
    <message>
        <source>%1 (not estimated)</source>
        <translation>%1（推定不可）</translation>
    </message>
    <message>
        <source>%1: the plan after this step cannot be estimated, so no figure is shown</source>
        <translation>%1：このステップ後の計画は推定できないため、数値を表示しません</translation>
    </message>
</context>
<context>
    <name>greenprint::WhatIfView</name>
    <message>
        <source>What-if scenarios</source>
        <translation>What-if シナリオ</translation>
    </message>
    <message>
        <source>Suggestions; tick one to apply it in the scenario</source>
        <translation>提案。チェックするとシナリオに適用します</translation>
    </message>
    <message>
        <source>Suggestions (savings each on its own copy of the plan)</source>
        <translation>提案（削減量は計画のコピーごとに算出）</translation>
    </message>
    <message>
        <source>Field overrides</source>
        <translation>フィールドの上書き</translation>
    </message>
    <message>
        <source>Baseline and scenario</source>
        <translation>ベースラインとシナリオ</translation>
    </message>
    <message>
        <source>Baseline: %1. No scenario yet: click New to start one.</source>
        <translation>ベースライン：%1。シナリオはまだありません。「新規」をクリックして作成してください。</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; cannot be applied; see the problems below.</source>
        <translation>シナリオ「%1」を適用できません。下の問題を参照してください。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー：%1</translation>
    </message>
    <message>
        <source>Accuracy: some applied suggestion may lower the model&apos;s score by an amount no source states.</source>
        <translation>精度：適用した提案により、モデルのスコアがどの出典にも示されていない程度下がる可能性があります。</translation>
    </message>
    <message>
        <source>Accuracy retained: %1 % of the baseline score (published figures).</source>
        <translation>維持される精度：ベースラインスコアの %1 %（公表値）。</translation>
    </message>
    <message>
        <source>Breaks a constraint: the scenario %1.</source>
        <translation>制約違反：このシナリオは %1。</translation>
    </message>
    <message>
        <source>regions %1</source>
        <translation>リージョン %1</translation>
    </message>
    <message>
        <source>accuracy ≥ %1 %</source>
        <translation>精度 ≥ %1 %</translation>
    </message>
    <message>
        <source>latency ≤ %1 ms</source>
        <translation>レイテンシ ≤ %1 ms</translation>
    </message>
    <message>
        <source>Constraints of the project: %1. Suggestions that would break them are not offered.</source>
        <translation>プロジェクトの制約：%1。制約に反する提案は表示しません。</translation>
    </message>
    <message>
        <source>Ticking a suggestion re-estimates the whole scenario; the waterfall shows each suggestion&apos;s share in the order ticked.</source>
        <translation>提案をチェックするとシナリオ全体を再見積もりします。ウォーターフォールはチェックした順に各提案の寄与を示します。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Savings waterfall (%1)</source>
        <translation>削減ウォーターフォール（%1）</translation>
    </message>
    <message>
        <source>Scenario: %1, %2 (%3 %) against the baseline&apos;s %4</source>
        <translation>シナリオ：%1、%2（%3 %）、ベースラインは %4</translation>
    </message>
    <message>
        <source>Scenario total against the baseline</source>
        <translation>ベースラインに対するシナリオ合計</translation>
    </message>
    <message>
        <source>Scenario notes: accuracy, constraints and problems</source>
        <translation>シナリオの注記: 精度、制約、問題</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>見積もり不可</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; cannot be estimated, so it shows no saving; see the problems below.</source>
        <translation>シナリオ「%1」は推定できないため、削減量を表示しません。下の問題を参照してください。</translation>
    </message>
    <message>
        <source>Scenario: %1; the baseline cannot be estimated, so no change is shown.</source>
        <translation>シナリオ：%1。ベースラインを推定できないため、変化は表示しません。</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>シナリオ %1</translation>
    </message>
    <message>
        <source>The plan itself cannot run as written: %1.</source>
        <translation>計画そのものが記載どおりには実行できません：%1。</translation>
    </message>
    <message>
        <source>Not offered: %1, because %2.</source>
        <translation>提案していないもの：%1、理由：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n more suggestion(s) not offered (greenprint suggest lists them all).</source>
        <translation>
            <numerusform>ほかに %n 件の提案をしていません（greenprint suggest ですべて表示）。</numerusform>
        </translation>
    </message>
    <message>
        <source>users near %1</source>
        <translation>ユーザーは %1 付近</translation>
    </message>
    <message>
        <source>Add as a new &amp;scenario</source>
        <translation>新しいシナリオとして追加(&amp;S)</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Per stage</source>
        <translation>ステージ別</translation>
    </message>
    <message>
        <source>Waterfall</source>
        <translation>削減ウォーターフォール</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>パレートフロント</translation>
    </message>
    <message>
        <source>Computing the suggestions and the scenario…</source>
        <translation>提案とシナリオを計算中…</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>A change is being computed; the suggestions, the comparison and the charts follow when it is done. You can keep editing.</source>
        <translation>変更を計算中です。完了すると提案、比較、グラフが表示されます。編集は続けられます。</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) of the plan itself (greenprint suggest lists them all).</source>
        <translation>
            <numerusform>計画そのものの問題がほかに %n 件あります（greenprint suggest ですべて表示）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::WorkSizing</name>
    <message>
        <source>%1 has no published accelerator throughput at %2; state the hours instead</source>
        <translation>%1 には %2 でのアクセラレーターのスループットが公開されていません。代わりに時間を指定してください</translation>
    </message>
    <message>
        <source>no achieved utilization is known for %1 %2; state the hours instead</source>
        <translation>%1 %2 の達成使用率が不明です。代わりに時間を指定してください</translation>
    </message>
    <message>
        <source>training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>%1 (%2) hours from work: achieved fraction of peak %3 (P10 %4, P90 %5), fitted on %6 published runs (%7), checked leave-one-family-out (README)</source>
        <translation>%1（%2）作業量からの時間: 達成ピーク比 %3（P10 %4、P90 %5）、公開された %6 件の学習実績（%7）に当てはめ、ファミリーを 1 つずつ除外して検証済み（README）</translation>
    </message>
    <message>
        <source>%1 %2 hours from work: achieved fraction of peak %3 (range %4-%5), an assumption (achieved_utilization.csv)</source>
        <translation>%1 %2 作業量からの時間: 達成ピーク比 %3（範囲 %4-%5）、仮定値（achieved_utilization.csv）</translation>
    </message>
    <message>
        <source>%1 cannot be sized from work: its %2 has no FLOPS peak to turn work into hours (%3); state the hours instead</source>
        <translation>%1 は作業量から見積もれません: %2 には作業量を時間に換算する FLOPS ピークがありません（%3）。代わりに時間を指定してください</translation>
    </message>
    <message>
        <source>%1 cannot be sized from %2 work: its %3 has a published peak at %4 only; state the work at that precision, or the hours</source>
        <translation>%1 は %2 の作業量から見積もれません: %3 の公表ピークは %4 のみです。その精度で作業量を指定するか、時間を指定してください</translation>
    </message>
    <message>
        <source>%1 cannot be sized from %2 work: its %3 has no FLOPS peak and its only published achieved throughput is for %4; state the hours instead</source>
        <translation>%1 は %2 の作業量から見積もれません: %3 には FLOPS ピークがなく、公表された実測スループットは %4 のもののみです。代わりに時間を指定してください</translation>
    </message>
    <message>
        <source>%1 cannot be sized from %2 work: the published achieved throughput of its %3 was measured at %4; state the hours instead</source>
        <translation>%1 は %2 の作業量から見積もれません: %3 の公表された実測スループットは %4 で測定されたものです。代わりに時間を指定してください</translation>
    </message>
    <message>
        <source>%1 %2 hours from work: %3 TFLOPS sustained per accelerator, derived from a published achieved throughput, not a peak (%4 samples/s of %5 tokens, %6 M parameters, on %7 accelerators of %8), so no achieved fraction of peak is applied; the P10-P90 spread (x%9-x%10) and the load on the power curve borrow the %11 %2 range of achieved_utilization.csv (assumption)</source>
        <translation>%1 の %2: 作業量からの時間: アクセラレータあたり持続 %3 TFLOPS。公表された実測スループットから導出したもので、ピークではありません（%4 サンプル/秒、%5 トークン、%6 M パラメータ、%8 の %7 基のアクセラレータ）。そのためピークに対する達成率は適用しません。P10-P90 の幅（x%9-x%10）と電力曲線上の負荷は achieved_utilization.csv の %11 %2 の範囲を借用しています（仮定）</translation>
    </message>
    <message>
        <source>%1 cannot be sized token by token: its %2 has no published memory size and bandwidth; leave outputTokensPerRequest out to size the requests by FLOPs alone</source>
        <translation>%1 はトークンごとに見積もれません：%2 のメモリ容量と帯域幅が公開されていません。outputTokensPerRequest を省くと、リクエストを FLOPs のみで見積もります</translation>
    </message>
    <message>
        <source>serving needs %1 GB for the weights and the KV cache of a batch of %2 requests of %3 tokens, more than the %4 GB of accelerator memory of one %5; choose a larger instance, a smaller batch or a lower precision</source>
        <translation>推論には重みと %2 リクエスト（各 %3 トークン）のバッチ分の KV キャッシュで %1 GB が必要で、%5 1 台のアクセラレータメモリ %4 GB を超えます。より大きなインスタンス、より小さなバッチ、またはより低い精度を選んでください</translation>
    </message>
    <message>
        <source>no fitted serving constants are known for %1; leave outputTokensPerRequest out to size the requests by FLOPs alone</source>
        <translation>%1 の推論用フィット定数がありません。outputTokensPerRequest を省くと、リクエストを FLOPs のみで見積もります</translation>
    </message>
    <message>
        <source>%1 inference served token by token: a replica of %2 x %3 holds %4 GB (weights at %5 plus the KV cache of %6 requests), %7 replicas per instance; prefill of %8 prompt tokens per request at %9 % of peak; decode of %10 output tokens per request in steps of %11 ms for the batch (%12), memory read at %13 % of the datasheet bandwidth and decode products at %14 % of peak (fitted on public measurements: README, Serving); whole job at %15 % of peak, load %16 % on the power curve</source>
        <translation>%1 の推論をトークンごとに処理：%2 x %3 のレプリカが %4 GB を保持（%5 の重みと %6 リクエスト分の KV キャッシュ）、インスタンスあたり %7 レプリカ。リクエストあたり %8 プロンプトトークンのプリフィルはピークの %9 %。リクエストあたり %10 出力トークンのデコードはバッチで 1 ステップ %11 ms（%12）、メモリ読み出しはデータシート帯域幅の %13 %、デコードの行列積はピークの %14 %（公開測定値でフィット：README、Serving）。ジョブ全体でピークの %15 %、電力曲線上の負荷 %16 %</translation>
    </message>
    <message>
        <source>compute-bound</source>
        <translation>計算律速</translation>
    </message>
    <message>
        <source>memory-bandwidth-bound</source>
        <translation>メモリ帯域幅律速</translation>
    </message>
    <message>
        <source>Batch size not stated: %1 request decoded at a time per model replica (assumed), what a real-time endpoint serving requests as they arrive does at low traffic, and the costliest per token; state batchSize for batched or concurrent serving</source>
        <translation>バッチサイズ未指定：モデルレプリカあたり一度に %1 リクエストをデコード（前提条件）。低トラフィック時にリクエストを到着順に処理するリアルタイムエンドポイントの動作で、トークンあたり最もコストが高いケースです。バッチ処理や同時処理では batchSize を指定してください</translation>
    </message>
    <message>
        <source>%1 has no serving measurements of its own: its decode reads memory at the %2 % of datasheet bandwidth fitted on NVIDIA GPUs (assumed)</source>
        <translation>%1 には独自の推論測定値がありません：デコードは NVIDIA GPU でフィットしたデータシート帯域幅の %2 % でメモリを読み出します（前提条件）</translation>
    </message>
    <message>
        <source>%1 cannot be sized token by token: its %2 has no FLOPS peak; leave outputTokensPerRequest out, or state the hours</source>
        <translation>%1 はトークンごとに見積もれません：%2 には FLOPS のピークがありません。outputTokensPerRequest を省くか、時間を指定してください</translation>
    </message>
    <message>
        <source>%1 M of %2 M parameters trained (LoRA or adapters): %3 GFLOPs per token = 4 x %4 M active parameters (forward pass and activation gradients through every layer) + 2 x %5 M (weight gradients of the trainable weights a token passes through)%6, %7 % of full training&apos;s; the backward pass is twice the forward, half for activation and half for weight gradients (Narayanan et al. 2021, arXiv:2104.04473, appendix; Bahdanau 2022, The FLOPs Calculus of Language Model Training), and LoRA freezes the pre-trained weights (Hu et al. 2021, arXiv:2106.09685)</source>
        <translation>%2 M パラメータのうち %1 M を学習（LoRA またはアダプター）：トークンあたり %3 GFLOPs = 4 x アクティブパラメータ %4 M（全レイヤーを通る順伝播と活性の勾配）+ 2 x %5 M（トークンが通る学習対象の重みの勾配）%6、フル学習の %7 %。逆伝播は順伝播の 2 倍で、半分が活性の勾配、半分が重みの勾配です（Narayanan et al. 2021、arXiv:2104.04473 付録、Bahdanau 2022「The FLOPs Calculus of Language Model Training」）。LoRA は事前学習済みの重みを固定します（Hu et al. 2021、arXiv:2106.09685）</translation>
    </message>
    <message>
        <source> + attention</source>
        <translation> + アテンション</translation>
    </message>
    <message>
        <source>Training work without trainableParameters trains all its parameters: 6 FLOPs per active parameter per token, a forward pass and the gradients of activations and weights (Kaplan et al. 2020, arXiv:2001.08361)</source>
        <translation>trainableParameters のない学習ワークはすべてのパラメータを学習します：アクティブパラメータ・トークンあたり 6 FLOPs（順伝播と、活性および重みの勾配。Kaplan et al. 2020、arXiv:2001.08361）</translation>
    </message>
    <message>
        <source>Attention over %1-token sequences: 12 x %2 layers x %3 hidden size x %1 = %4 GFLOPs per token (Chowdhery et al. 2022, PaLM, arXiv:2204.02311, appendix B), %5 % of the training FLOPs, at the same fraction of peak, which was fitted on published runs with their attention counted the same way</source>
        <translation>%1 トークンのシーケンスに対するアテンション：12 x %2 レイヤー x 隠れ次元 %3 x %1 = トークンあたり %4 GFLOPs（Chowdhery et al. 2022、PaLM、arXiv:2204.02311 付録 B）、学習 FLOPs の %5 %、同じピーク比で計算。このピーク比は、アテンションを同じ方法で数えた公開実行にフィットしたものです</translation>
    </message>
    <message>
        <source>Training work without sequenceLength, layers and hiddenSize: attention&apos;s sequence-length FLOPs (12 x layers x hidden size x sequence length per token, PaLM arXiv:2204.02311 appendix B) are not counted, while the fraction of peak was fitted with them counted, so the hours are low by their share (assumption; 7 % for a 7 B model of 32 layers of 4096 at 2,048 tokens, 23 % at 8,192); state them</source>
        <translation>sequenceLength・layers・hiddenSize のない学習ワーク：シーケンス長に比例するアテンションの FLOPs（トークンあたり 12 x レイヤー数 x 隠れ次元 x シーケンス長、PaLM arXiv:2204.02311 付録 B）は数えませんが、ピーク比はそれを数えてフィットしたため、時間はその割合だけ少なく出ます（前提条件。32 レイヤー・隠れ次元 4096 の 7 B モデルで 2,048 トークンなら 7 %、8,192 なら 23 %）。指定してください</translation>
    </message>
</context>
<context>
    <name>greenprint::WorldOutline</name>
    <message>
        <source>an array of arcs is required</source>
        <translation>arc の配列が必要です</translation>
    </message>
    <message>
        <source>an arc needs at least two positions</source>
        <translation>arc には 2 つ以上の位置が必要です</translation>
    </message>
    <message>
        <source>a geometry object is required</source>
        <translation>ジオメトリオブジェクトが必要です</translation>
    </message>
    <message>
        <source>a geometry type is required</source>
        <translation>ジオメトリの型が必要です</translation>
    </message>
    <message>
        <source>an array of geometries is required</source>
        <translation>ジオメトリの配列が必要です</translation>
    </message>
    <message>
        <source>an array of arc indexes is required</source>
        <translation>arc インデックスの配列が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an areal geometry (Polygon, MultiPolygon or GeometryCollection)</source>
        <translation>「%1」は面ジオメトリ（Polygon、MultiPolygon、GeometryCollection）ではありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a polygon is an array of rings</source>
        <translation>ポリゴンはリングの配列です</translation>
    </message>
    <message>
        <source>a ring is a non-empty array of arc indexes</source>
        <translation>リングは空でない arc インデックスの配列です</translation>
    </message>
    <message>
        <source>an arc index must be an integer</source>
        <translation>arc インデックスは整数でなければなりません</translation>
    </message>
    <message>
        <source>arc %1 does not exist (there are %2)</source>
        <translation>arc %1 は存在しません（%2 個あります）</translation>
    </message>
    <message>
        <source>the ring does not close (it ends %1°, %2° away from where it starts)</source>
        <translation>リングが閉じていません（終点が始点から %1°、%2° 離れています）</translation>
    </message>
    <message>
        <source>two numbers are required</source>
        <translation>2 つの数値が必要です</translation>
    </message>
    <message>
        <source>a position is an array of two numbers</source>
        <translation>位置は 2 つの数値の配列です</translation>
    </message>
    <message>
        <source>a position must be finite</source>
        <translation>位置は有限でなければなりません</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1: JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>&quot;Topology&quot; is required</source>
        <translation>&quot;Topology&quot; が必要です</translation>
    </message>
    <message>
        <source>no such object</source>
        <translation>そのオブジェクトはありません</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::ActualsStore</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <source>%1: cannot prepare the imports of actual usage: %2</source>
        <translation>%1: 実績データのインポートを準備できません: %2</translation>
    </message>
    <message>
        <source>the schema %1 is missing from this build</source>
        <translation>このビルドにはスキーマ %1 がありません</translation>
    </message>
    <message>
        <source>the imports were written by a newer version of Greenprint (schema %1, this version reads %2)</source>
        <translation>インポートは新しいバージョンの Greenprint で書き込まれています（スキーマ %1、このバージョンが読めるのは %2）</translation>
    </message>
    <message>
        <source>the store of imports is not open</source>
        <translation>インポートの保存先が開かれていません</translation>
    </message>
    <message>
        <source>cannot store the import of %1: %2</source>
        <translation>%1 のインポートを保存できません: %2</translation>
    </message>
    <message>
        <source>there is no import %1</source>
        <translation>インポート %1 はありません</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::ByteSource</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <source>%1: cannot start gzip decompression</source>
        <translation>%1: gzip の展開を開始できません</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1: 読み取りエラー: %2</translation>
    </message>
    <message>
        <source>%1: the gzip data ends early (a truncated download?)</source>
        <translation>%1: gzip データが途中で終わっています（ダウンロードが中断された可能性があります）</translation>
    </message>
    <message>
        <source>%1: corrupt gzip data</source>
        <translation>%1: gzip データが壊れています</translation>
    </message>
    <message>
        <source>%1: corrupt gzip data (%2)</source>
        <translation>%1: gzip データが壊れています（%2）</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::Calibration</name>
    <message>
        <source>%1: run &quot;%2&quot; (row ending %3) averages %4 W, above the %5 W peak of one %6: the log measured something else or is wrong; nothing of it was calibrated</source>
        <translation>%1：実行「%2」（終了 %3 の行）の平均は %4 W で、%6 1 台のピーク %5 W を超えています。ログが別のものを測定したか誤っています。何も較正していません</translation>
    </message>
    <message>
        <source>the bill shows %1 where the plan has %2: change the instance type first, then calibrate</source>
        <translation>請求書には %1 がありますが計画は %2 です：先にインスタンスタイプを変更してから較正してください</translation>
    </message>
    <message>
        <source>a notebook: a bill does not tell its active hours from its idle ones, so its plan is kept</source>
        <translation>ノートブック：請求書ではアクティブ時間とアイドル時間を区別できないため、計画を維持します</translation>
    </message>
    <message>
        <source>a serverless endpoint is billed by inference time, not by instance-hours: its plan is kept</source>
        <translation>サーバーレスエンドポイントはインスタンス時間ではなく推論時間で課金されます：計画を維持します</translation>
    </message>
    <message>
        <source>sized from its work and no billed hours of %1 match it: import its bill (CUR) to calibrate it</source>
        <translation>作業量から見積もられており、対応する %1 の課金時間がありません：較正するには請求書（CUR）をインポートしてください</translation>
    </message>
    <message>
        <source>hours: %1 h instead of %2 h (%3)</source>
        <translation>時間：%2 h ではなく %1 h（%3）</translation>
    </message>
    <message>
        <source>hours kept: an endpoint&apos;s provisioned hours are the plan&apos;s horizon, and the bill&apos;s %1 instance-hours are a sample of it</source>
        <translation>時間は維持：エンドポイントのプロビジョニング時間は計画の期間であり、請求書の %1 インスタンス時間はその一部のサンプルです</translation>
    </message>
    <message>
        <source>hours not billed for %1: the plan&apos;s %2 h kept</source>
        <translation>%1 の課金時間なし：計画の %2 h を維持</translation>
    </message>
    <message>
        <source>utilization: %1 % instead of %2 % (%3)</source>
        <translation>使用率：%2 % ではなく %1 %（%3）</translation>
    </message>
    <message>
        <source>utilization not measured: the plan&apos;s %1 % kept</source>
        <translation>使用率は未測定：計画の %1 % を維持</translation>
    </message>
    <message>
        <source>power: %1 W per instance instead of the power model&apos;s %2 W (%3); utilization no longer changes its energy</source>
        <translation>電力：電力モデルの %2 W ではなくインスタンスあたり %1 W（%3）。使用率はもうエネルギーに影響しません</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>measured power not applied: only compute jobs carry a measured power; this one keeps the power model</source>
        <translation>測定電力は適用しません：測定電力を持てるのはコンピュートジョブだけで、このコンポーネントは電力モデルを維持します</translation>
    </message>
    <message>
        <source>the power logs measure the accelerators only, not the instance: the power model is kept</source>
        <translation>電力ログはアクセラレータのみを測定しておりインスタンス全体ではありません：電力モデルを維持します</translation>
    </message>
    <message>
        <source>nothing the plan uses was measured</source>
        <translation>計画が使う値は何も測定されていません</translation>
    </message>
    <message>
        <source>its work no longer sizes it: measured values replace the work model&apos;s prediction</source>
        <translation>作業量による見積もりは使いません：測定値が作業モデルの予測に代わります</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::CalibrationFormats</name>
    <message>
        <source>calibrated: %1 / %2</source>
        <translation>較正済み：%1 / %2</translation>
    </message>
    <message>
        <source>not calibrated: %1 / %2</source>
        <translation>未較正：%1 / %2</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>測定</translation>
    </message>
    <message numerus="yes">
        <source>Calibration from actuals: %1 of %n component(s) calibrated</source>
        <translation>
            <numerusform>実績からの較正：%n 件中 %1 件のコンポーネントを較正</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::CarbonText</name>
    <message>
        <source>%1:1: not an AWS carbon-emissions export: no column &quot;%2&quot;</source>
        <translation>%1:1: AWS の炭素排出量エクスポートではありません: 列「%2」がありません</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; is not MTCO2e (metric tons CO2e)</source>
        <translation>単位「%1」は MTCO2e（CO2e トン）ではありません</translation>
    </message>
    <message>
        <source>not a number of zero or more: &quot;%1&quot;</source>
        <translation>0 以上の数値ではありません: 「%1」</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::CompareText</name>
    <message>
        <source>no billed hours instead of %1</source>
        <translation>請求時間なし（計画 %1）</translation>
    </message>
    <message>
        <source>%1 instance-hours instead of %2</source>
        <translation>%1 インスタンス時間（計画 %2）</translation>
    </message>
    <message>
        <source>%1 as planned</source>
        <translation>%1（計画どおり）</translation>
    </message>
    <message>
        <source>%1 instead of %2</source>
        <translation>%1（計画 %2）</translation>
    </message>
    <message>
        <source>measured %1 W per instance</source>
        <translation>実測 %1 W／インスタンス</translation>
    </message>
    <message>
        <source>measured %1 % instead of planned %2 %</source>
        <translation>実測 %1 %（計画 %2 %）</translation>
    </message>
    <message>
        <source>not measured: planned %1 % kept</source>
        <translation>未測定: 計画の %1 % を使用</translation>
    </message>
    <message>
        <source>the plan&apos;s own load model (work-sized load, idle hours) against one average load, several instance types or regions, storage</source>
        <translation>計画独自の負荷モデル（作業量から求めた負荷、アイドル時間）と単一の平均負荷との差、複数のインスタンスタイプやリージョン、ストレージ</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>名前なし</translation>
    </message>
    <message>
        <source>Method: AWS allocates the measured energy of its data centres to customers by their usage (model %1); Greenprint estimates each instance from its power curve at your utilization.</source>
        <translation>手法: AWS はデータセンターで測定したエネルギーを利用量に応じて顧客に配分します（モデル %1）。Greenprint は各インスタンスを、お客様の使用率における電力曲線から見積もります。</translation>
    </message>
    <message>
        <source>Unused capacity: AWS&apos;s figure carries a share of idle and overhead server capacity; Greenprint counts only the capacity you were billed for.</source>
        <translation>未使用容量: AWS の値にはアイドル状態や予備のサーバー容量の按分が含まれます。Greenprint は請求された容量だけを数えます。</translation>
    </message>
    <message>
        <source>Scope 3: AWS&apos;s figure covers Scope 1 and 2 (Scope 3 categories only in newer model versions); Greenprint&apos;s location-based figure includes the embodied share of servers (%1 kgCO2e here, %2 kgCO2e without it).</source>
        <translation>スコープ 3: AWS の値はスコープ 1 と 2 を対象とします（スコープ 3 のカテゴリは新しいモデルバージョンのみ）。Greenprint のロケーション基準の値にはサーバーの内包排出量の按分が含まれます（ここでは %1 kgCO2e、除くと %2 kgCO2e）。</translation>
    </message>
    <message>
        <source>Market-based method: AWS&apos;s market-based figure counts the renewable electricity Amazon buys; Greenprint&apos;s counts 0 g/kWh only in Regions AWS lists as renewable-matched in %1.</source>
        <translation>マーケット基準: AWS のマーケット基準の値は Amazon が購入した再生可能電力を反映します。Greenprint の値が 0 g/kWh とするのは、AWS が %1 年に再生可能電力で賄われたと公表したリージョンだけです。</translation>
    </message>
    <message>
        <source>Coverage: AWS&apos;s figure covers every service of the accounts in those months; Greenprint values the compute, storage and data transfer it recognises in the CUR (other usage counts for cost only).</source>
        <translation>対象範囲: AWS の値はそれらの月のアカウントのすべてのサービスを対象とします。Greenprint が評価するのは CUR で認識できるコンピューティング、ストレージ、データ転送です（その他の利用はコストのみ）。</translation>
    </message>
    <message>
        <source>Actual energy and carbon are Greenprint estimates of the billed usage with the plan&apos;s method and settings; actual cost is the bill&apos;s unblended cost (credits, refunds, taxes and fees left out).</source>
        <translation>実績のエネルギーと排出量は、請求された利用量を計画と同じ手法と設定で Greenprint が見積もった値です。実績コストは請求書の非ブレンドコストです（クレジット、返金、税金、手数料を除く）。</translation>
    </message>
    <message>
        <source>Components without a utilization measurement keep their planned utilization; unplanned instance hours are valued at %1 %, the planner&apos;s default for a new compute component.</source>
        <translation>使用率の測定がないコンポーネントは計画の使用率のままです。計画外のインスタンス時間は、新しいコンピューティングコンポーネントの既定値である %1 % で評価します。</translation>
    </message>
    <message>
        <source>SageMaker ml.* instances are valued as the EC2 instance type they run on.</source>
        <translation>SageMaker の ml.* インスタンスは、実行基盤の EC2 インスタンスタイプとして評価します。</translation>
    </message>
    <message>
        <source>measurement &quot;%1&quot; names no component or instance type of the plan; tie it to a component with COMPONENT=FILE</source>
        <translation>測定「%1」は計画のコンポーネントもインスタンスタイプも示していません。COMPONENT=FILE でコンポーネントに関連付けてください</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::CsvStream</name>
    <message>
        <source>%1:1:1: the file is empty (a header line is expected)</source>
        <translation>%1:1:1: ファイルが空です（ヘッダー行が必要です）</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>ヘッダーと同じ %1 個のフィールドが必要ですが、%2 個です</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>引用符で囲まれたフィールドがファイルの終わりまでに閉じられていません</translation>
    </message>
    <message>
        <source>a closing quote must be followed by a comma or a line break</source>
        <translation>閉じ引用符の後にはカンマまたは改行が必要です</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with a quote</source>
        <translation>引用符で始まらないフィールドに引用符があります</translation>
    </message>
    <message>
        <source> (column &quot;%1&quot;)</source>
        <translation>（列「%1」）</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::CurText</name>
    <message>
        <source>%1:1: not a Cost and Usage Report: no column &quot;%2&quot; (legacy CUR) or &quot;%3&quot; (CUR 2.0)</source>
        <translation>%1:1: Cost and Usage Report ではありません: 列「%2」（従来の CUR）も「%3」（CUR 2.0）もありません</translation>
    </message>
    <message>
        <source>not a number: &quot;%1&quot;</source>
        <translation>数値ではありません: 「%1」</translation>
    </message>
    <message>
        <source>not a count of line items: &quot;%1&quot;</source>
        <translation>明細行の件数ではありません: 「%1」</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::FormatText</name>
    <message>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>utilization</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>利用量</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Plan against actual: %1</source>
        <translation>計画と実績: %1</translation>
    </message>
    <message>
        <source>Billed usage from %1 to %2</source>
        <translation>請求対象の利用: %1 から %2</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>variance</source>
        <translation>差異</translation>
    </message>
    <message>
        <source>Unplanned usage</source>
        <translation>計画外の利用</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>コスト（USD）</translation>
    </message>
    <message>
        <source>Instance-hours</source>
        <translation>インスタンス時間</translation>
    </message>
    <message>
        <source>* part of the usage could not be estimated (see the JSON output)</source>
        <translation>* 利用の一部は見積もれませんでした（JSON 出力を参照）</translation>
    </message>
    <message>
        <source>AWS carbon export, %1 to %2, %3: %4 kgCO2e location-based (AWS) against %5 kgCO2e (Greenprint, same months and regions)</source>
        <translation>AWS 炭素排出量エクスポート、%1～%2、%3: ロケーション基準 %4 kgCO2e（AWS）に対して %5 kgCO2e（Greenprint、同じ月とリージョン）</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::ImportText</name>
    <message>
        <source>not a time: &quot;%1&quot;</source>
        <translation>時刻ではありません: 「%1」</translation>
    </message>
    <message>
        <source>not a date: &quot;%1&quot;</source>
        <translation>日付ではありません: 「%1」</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::MatchText</name>
    <message>
        <source>the tag greenprint:component=&quot;%1&quot; names no single component of the plan</source>
        <translation>タグ greenprint:component=「%1」は計画の単一のコンポーネントを示していません</translation>
    </message>
    <message>
        <source>no component of the plan runs %1</source>
        <translation>%1 で動く計画のコンポーネントはありません</translation>
    </message>
    <message>
        <source>no storage component of the plan has this storage class</source>
        <translation>このストレージクラスのストレージコンポーネントは計画にありません</translation>
    </message>
    <message>
        <source>no transfer component of the plan leaves %1</source>
        <translation>%1 から出る転送コンポーネントは計画にありません</translation>
    </message>
    <message>
        <source>usage of this kind is not part of a Greenprint plan</source>
        <translation>この種類の利用は Greenprint の計画に含まれません</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::MeasurementText</name>
    <message>
        <source>%1:1: not %2: no column &quot;%3&quot;</source>
        <translation>%1:1: %2 ではありません: 列「%3」がありません</translation>
    </message>
    <message>
        <source>a CodeCarbon emissions.csv</source>
        <translation>CodeCarbon の emissions.csv</translation>
    </message>
    <message>
        <source>not a number of zero or more: &quot;%1&quot;</source>
        <translation>0 以上の数値ではありません: 「%1」</translation>
    </message>
    <message>
        <source>%1:1: not an nvidia-smi CSV log: it needs &quot;timestamp&quot; and &quot;power.draw&quot; or &quot;utilization.gpu&quot; (nvidia-smi --query-gpu=timestamp,index,power.draw,utilization.gpu --format=csv)</source>
        <translation>%1:1: nvidia-smi の CSV ログではありません:「timestamp」と「power.draw」または「utilization.gpu」が必要です（nvidia-smi --query-gpu=timestamp,index,power.draw,utilization.gpu --format=csv）</translation>
    </message>
    <message>
        <source>not a valid reading: &quot;%1&quot;</source>
        <translation>有効な測定値ではありません: 「%1」</translation>
    </message>
    <message>
        <source>a CloudWatch metric export</source>
        <translation>CloudWatch メトリクスのエクスポート</translation>
    </message>
    <message>
        <source>%1:1: a CloudWatch metric export needs an &quot;InstanceId&quot; or &quot;EndpointName&quot; column</source>
        <translation>%1:1: CloudWatch メトリクスのエクスポートには列「InstanceId」または「EndpointName」が必要です</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot; is not CPUUtilization or GPUUtilization</source>
        <translation>メトリクス「%1」は CPUUtilization でも GPUUtilization でもありません</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; is not Percent</source>
        <translation>単位「%1」は Percent ではありません</translation>
    </message>
    <message>
        <source>not a percentage from 0 to 100: &quot;%1&quot; (SageMaker endpoint metrics add up every core or GPU: divide by their number first)</source>
        <translation>0～100 の百分率ではありません: 「%1」（SageMaker エンドポイントのメトリクスはすべてのコアまたは GPU の合計です。先にその数で割ってください）</translation>
    </message>
</context>
<context>
    <name>greenprint::actuals::NeuronText</name>
    <message>
        <source>not JSON: %1</source>
        <translation>JSON ではありません: %1</translation>
    </message>
    <message>
        <source>a neuron-monitor report is a JSON object</source>
        <translation>neuron-monitor のレポートは JSON オブジェクトです</translation>
    </message>
    <message>
        <source>neuron_runtime_data: core %1: neuroncore_utilization must be a percentage from 0 to 100</source>
        <translation>neuron_runtime_data: コア %1: neuroncore_utilization は 0～100 の百分率である必要があります</translation>
    </message>
    <message>
        <source>%1: no neuron-monitor report in the file</source>
        <translation>%1: ファイルに neuron-monitor のレポートがありません</translation>
    </message>
</context>
<context>
    <name>greenprint::cli</name>
    <message>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>エラー：</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>注記：</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>「%1 --help」を試してください。</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; expects %n argument(s)</source>
        <translation>
            <numerusform>「%1」には %n 個の引数が必要です</numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: table, json or csv (default: table).</source>
        <translation>出力形式：table、json、csv（既定：table）。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The .greenprint project file.</source>
        <translation>.greenprint プロジェクトファイル。</translation>
    </message>
    <message>
        <source>Estimate the project&apos;s scenario &lt;name&gt; instead of the plan.</source>
        <translation>計画の代わりにプロジェクトのシナリオ &lt;name&gt; を見積もります。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use table, json or csv</source>
        <translation>不明な形式「%1」。table、json、csv のいずれかを使ってください</translation>
    </message>
    <message>
        <source>Rank the practices of the AWS sustainability guidance by the kgCO2e they would save on this plan, each estimated on its own copy of the plan.</source>
        <translation>AWS のサステナビリティガイダンスのプラクティスを、この計画で削減できる kgCO2e の順に並べます。各プラクティスは計画のコピーごとに見積もります。</translation>
    </message>
    <message>
        <source>Output format: table or json (default: table).</source>
        <translation>出力形式：table または json（既定：table）。</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use table or json</source>
        <translation>不明な形式「%1」。table または json を使ってください</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%n component(s))</source>
        <translation>
            <numerusform>%1：有効（コンポーネント %n 個）</numerusform>
        </translation>
    </message>
    <message>
        <source>List the reference data.</source>
        <translation>参照データを一覧表示します。</translation>
    </message>
    <message>
        <source>regions or instances.</source>
        <translation>regions または instances。</translation>
    </message>
    <message>
        <source>unknown data table &apos;%1&apos;; use regions or instances</source>
        <translation>不明なデータテーブル「%1」。regions または instances を使ってください</translation>
    </message>
    <message>
        <source>Write the plan of a project to files.</source>
        <translation>プロジェクトの計画をファイルに書き出します。</translation>
    </message>
    <message>
        <source>Write the PDF plan to &lt;out.pdf&gt; (A4 or Letter, from the locale).</source>
        <translation>PDF プランを &lt;out.pdf&gt; に書き出します（ロケールに応じて A4 または Letter）。</translation>
    </message>
    <message>
        <source>out.pdf</source>
        <translation>out.pdf</translation>
    </message>
    <message>
        <source>Write the CSV plan to &lt;out.csv&gt; (one row per component per scenario, baseline included).</source>
        <translation>CSV プランを &lt;out.csv&gt; に書き出します（コンポーネント・シナリオごとに 1 行、ベースラインを含む）。</translation>
    </message>
    <message>
        <source>out.csv</source>
        <translation>out.csv</translation>
    </message>
    <message>
        <source>Describe the project with what-if scenario &lt;name&gt; applied (the CSV then lists the baseline and that scenario).</source>
        <translation>What-if シナリオ &lt;name&gt; を適用したプロジェクトを記述します（CSV にはベースラインとそのシナリオが並びます）。</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs an output, e.g. --pdf plan.pdf or --csv plan.csv</source>
        <translation>「export」には出力先が必要です（例：--pdf plan.pdf、--csv plan.csv）</translation>
    </message>
    <message>
        <source>--pdf needs the graphical part of Qt; run it through main()</source>
        <translation>--pdf には Qt のグラフィカル部分が必要です。main() から実行してください</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>エラー：%1：%2</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 を書き出しました</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 を書き出しました（%n ページ）</numerusform>
        </translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>コマンドが指定されていません</translation>
    </message>
    <message>
        <source>Usage: %1 [command] [options]

Greenprint plans the energy (kWh), carbon (kgCO2e) and cost (USD) of a deep-learning workload on AWS before you run it.

</source>
        <translation>使い方：%1 [コマンド] [オプション]

Greenprint は、AWS 上のディープラーニングのワークロードについて、実行前にエネルギー（kWh）、排出量（kgCO2e）、コスト（USD）を計画します。

</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     Show this help.
  -v, --version  Show the version.

Run &apos;%1 COMMAND --help&apos; for the options of a command.
Exit status: 0 success, 1 invalid input, 2 usage error.
</source>
        <translation>
オプション：
  -h, --help     このヘルプを表示します。
  -v, --version  バージョンを表示します。

コマンドのオプションは「%1 COMMAND --help」で表示します。
終了ステータス：0 成功、1 無効な入力、2 使い方の誤り。
</translation>
    </message>
    <message>
        <source>Rewrite a project in the current file format (format %1), recording the reference data and totals it is estimated with.</source>
        <translation>プロジェクトを現在のファイル形式（形式 %1）で書き直し、見積もりに使う参照データと合計を記録します。</translation>
    </message>
    <message>
        <source>Write the upgraded project to &lt;out&gt;.</source>
        <translation>変換したプロジェクトを &lt;out&gt; に書き出します。</translation>
    </message>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
    <message>
        <source>&apos;upgrade&apos; needs an output file: -o OUT.greenprint</source>
        <translation>「upgrade」には出力ファイルが必要です：-o OUT.greenprint</translation>
    </message>
    <message>
        <source>wrote %1 (format %2)</source>
        <translation>%1 を書き出しました（形式 %2）</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; expects at least %n argument(s)</source>
        <translation>
            <numerusform>「%1」には少なくとも %n 個の引数が必要です</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimate the energy, carbon and cost of one or more projects (several files: JSON gives an array, the table one section per file).</source>
        <translation>1 つ以上のプロジェクトのエネルギー、排出量、コストを見積もります（複数ファイルの場合、JSON は配列、表はファイルごとのセクションになります）。</translation>
    </message>
    <message>
        <source>The .greenprint project file(s).</source>
        <translation>.greenprint プロジェクトファイル（複数可）。</translation>
    </message>
    <message>
        <source>--format csv takes one file; use json or table for several</source>
        <translation>--format csv は 1 ファイルのみです。複数の場合は json か table を使ってください</translation>
    </message>
    <message>
        <source>== %1 ==</source>
        <translation>== %1 ==</translation>
    </message>
    <message>
        <source>== %1, scenario &quot;%2&quot; ==</source>
        <translation>== %1、シナリオ「%2」 ==</translation>
    </message>
    <message>
        <source>Check project files and report every problem.</source>
        <translation>プロジェクトファイルを検査し、すべての問題を報告します。</translation>
    </message>
    <message>
        <source>Write the PDF plan in language &lt;code&gt; (%1; default: the language chosen in the planner&apos;s Preferences, else the system&apos;s). The CSV plan is always English.</source>
        <translation>PDF プランを言語 &lt;code&gt; で書き出します（%1。既定値：プランナーの設定で選んだ言語、なければシステムの言語）。CSV プランは常に英語です。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;; use one of %2</source>
        <translation>不明な言語「%1」です。%2 のいずれかを使ってください</translation>
    </message>
    <message>
        <source>AWS Cost and Usage Report &lt;file&gt; (legacy CUR or CUR 2.0, CSV or CSV.gz); repeat for several.</source>
        <translation>AWS Cost and Usage Report &lt;file&gt;（従来の CUR または CUR 2.0、CSV または CSV.gz）。複数ある場合は繰り返します。</translation>
    </message>
    <message>
        <source>AWS carbon-emissions export &lt;file&gt; (Customer Carbon Footprint Tool data, CSV): AWS&apos;s own figure beside Greenprint&apos;s.</source>
        <translation>AWS の炭素排出量エクスポート &lt;file&gt;（Customer Carbon Footprint Tool のデータ、CSV）: AWS 自身の値を Greenprint の値と並べて表示します。</translation>
    </message>
    <message>
        <source>CodeCarbon emissions.csv &lt;file&gt;; project_name names the component, or write COMPONENT=FILE.</source>
        <translation>CodeCarbon の emissions.csv &lt;file&gt;。project_name がコンポーネントを示します。または COMPONENT=FILE と書きます。</translation>
    </message>
    <message>
        <source>nvidia-smi CSV log &lt;file&gt; (--query-gpu=timestamp,index,power.draw,utilization.gpu --format=csv), as COMPONENT=FILE.</source>
        <translation>nvidia-smi の CSV ログ &lt;file&gt;（--query-gpu=timestamp,index,power.draw,utilization.gpu --format=csv）を COMPONENT=FILE の形で指定します。</translation>
    </message>
    <message>
        <source>neuron-monitor JSON output &lt;file&gt; (one report per line); matched by its instance type, or COMPONENT=FILE.</source>
        <translation>neuron-monitor の JSON 出力 &lt;file&gt;（1 行に 1 レポート）。インスタンスタイプで照合するか、COMPONENT=FILE で指定します。</translation>
    </message>
    <message>
        <source>CloudWatch metric CSV &lt;file&gt; (Timestamp, InstanceId or EndpointName, MetricName, Average); matched by InstanceType, or COMPONENT=FILE.</source>
        <translation>CloudWatch メトリクスの CSV &lt;file&gt;（Timestamp、InstanceId または EndpointName、MetricName、Average）。InstanceType で照合するか、COMPONENT=FILE で指定します。</translation>
    </message>
    <message>
        <source>Import what really ran (bills, AWS&apos;s carbon export, power and utilization logs), keep it in your Greenprint database and compare it with the plan: per stage and component, planned against actual hours, energy, kgCO2e and cost, and what drove the difference.</source>
        <translation>実際に動いたもの（請求、AWS の炭素エクスポート、電力と使用率のログ）をインポートし、Greenprint のデータベースに保存して計画と比較します。ステージとコンポーネントごとに、計画と実績の時間、エネルギー、kgCO2e、コスト、そして差異の要因を示します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Count billed usage from day &lt;date&gt; (YYYY-MM-DD) on.</source>
        <translation>日付 &lt;date&gt;（YYYY-MM-DD）以降の請求対象の利用を数えます。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Count billed usage up to day &lt;date&gt; (YYYY-MM-DD).</source>
        <translation>日付 &lt;date&gt;（YYYY-MM-DD）までの請求対象の利用を数えます。</translation>
    </message>
    <message>
        <source>Store the imports in the SQLite database &lt;file&gt; (default: your Greenprint database).</source>
        <translation>インポートを SQLite データベース &lt;file&gt; に保存します（既定: Greenprint のデータベース）。</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--%1 には YYYY-MM-DD 形式の日付が必要です（「%2」ではなく）</translation>
    </message>
    <message>
        <source>&apos;actual&apos; needs at least one file of what ran, e.g. --cur cur.csv.gz</source>
        <translation>&apos;actual&apos; には実際に動いたもののファイルが 1 つ以上必要です（例: --cur cur.csv.gz）</translation>
    </message>
    <message>
        <source>warning: the imports are not stored: %1</source>
        <translation>警告: インポートは保存されません: %1</translation>
    </message>
    <message>
        <source>Also write the PDF plan of the project with its plan-against-actual part to &lt;out.pdf&gt;.</source>
        <translation>プロジェクトの PDF プランを、計画と実績の部分を含めて &lt;out.pdf&gt; にも書き出します。</translation>
    </message>
    <message>
        <source>Also write the CSV plan of the project with the plan-against-actual section to &lt;out.csv&gt;.</source>
        <translation>プロジェクトの CSV プランを、計画と実績のセクションを含めて &lt;out.csv&gt; にも書き出します。</translation>
    </message>
    <message>
        <source>Print the Amazon Athena SQL that sums a Cost and Usage Report where it lives (per day, account, region, usage type, instance type and greenprint:component tag). Run it in Athena, download the result as CSV and import it with &apos;actual --cur&apos;.</source>
        <translation>Cost and Usage Report をその保存場所で集計する Amazon Athena の SQL を出力します（日、アカウント、リージョン、使用タイプ、インスタンスタイプ、greenprint:component タグごと）。Athena で実行し、結果を CSV でダウンロードして &apos;actual --cur&apos; でインポートしてください。</translation>
    </message>
    <message>
        <source>The CUR table of AWS&apos;s CUR-Athena integration, e.g. cur_db.my_cur (default: cur).</source>
        <translation>AWS の CUR-Athena 統合の CUR テーブル（例: cur_db.my_cur、既定: cur）。</translation>
    </message>
    <message>
        <source>First day to sum (YYYY-MM-DD).</source>
        <translation>集計する最初の日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Last day to sum (YYYY-MM-DD).</source>
        <translation>集計する最後の日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>instances: only these families, EC2 and ml. names (comma-separated, e.g. g5,p4d).</source>
        <translation>instances: 指定したファミリーのみ（EC2 名と ml. 名、カンマ区切り。例: g5,p4d）。</translation>
    </message>
    <message>
        <source>families</source>
        <translation>ファミリー</translation>
    </message>
    <message>
        <source>--family applies to &apos;data instances&apos; only</source>
        <translation>--family は「data instances」にのみ使用できます</translation>
    </message>
    <message>
        <source>unknown instance family &apos;%1&apos;</source>
        <translation>不明なインスタンスファミリー「%1」</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would overwrite its input %2 with its output; choose another output file</source>
        <translation>&apos;%1&apos; は入力 %2 を出力で上書きしてしまいます。別の出力ファイルを選んでください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would write two outputs to %2; choose two file names</source>
        <translation>&apos;%1&apos; は 2 つの出力を %2 に書き込んでしまいます。2 つのファイル名を選んでください</translation>
    </message>
    <message>
        <source>error: %1: a scenario cannot be applied; nothing was written (fix or remove the scenario)</source>
        <translation>エラー: %1: シナリオを適用できません。何も書き込まれませんでした(シナリオを修正するか削除してください)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>不明なオプション &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>不明なコマンド &apos;%1&apos;</translation>
    </message>
    <message>
        <source>error: %1: scenario &quot;%2&quot;: %3</source>
        <translation>エラー：%1：シナリオ「%2」：%3</translation>
    </message>
    <message>
        <source>error: %1: %2; the plan shows it as such, never as a saving</source>
        <translation>エラー：%1：%2。計画ではそのまま示し、削減量としては示しません</translation>
    </message>
    <message>
        <source>
Methodologies (project setting &quot;methodology&quot;):
  greenprint        Greenprint&apos;s own power, load-curve and embodied model
  ccf               Cloud Carbon Footprint, reproducing %1
  green-algorithms  Green Algorithms, reproducing %2
</source>
        <translation>
手法（プロジェクト設定 &quot;methodology&quot;）:
  greenprint        Greenprint 独自の電力・負荷曲線・内包排出量モデル
  ccf               Cloud Carbon Footprint（%1 を再現）
  green-algorithms  Green Algorithms（%2 を再現）
</translation>
    </message>
    <message>
        <source>JSON: every figure of every component (its region, PUE, grid intensity, IT energy, range, average power and work sizing) instead of the ids and figures.</source>
        <translation>JSON：ID と数値だけでなく、各コンポーネントのすべての数値（リージョン、PUE、グリッド炭素強度、IT エネルギー、範囲、平均電力、作業量からの算定）を出力します。</translation>
    </message>
    <message>
        <source>--detail applies to --format json only</source>
        <translation>--detail は --format json にのみ使えます</translation>
    </message>
    <message>
        <source>Write the project calibrated from the imports to &lt;out.greenprint&gt;: measured hours, utilization and power replace the plan&apos;s assumptions, each recorded with the file and period it came from. The project file itself is never changed. Prints what was calibrated (table or json) instead of the comparison.</source>
        <translation>インポートから較正したプロジェクトを &lt;out.greenprint&gt; に書き出します：測定した時間・使用率・電力が計画の前提条件に代わり、それぞれ出典ファイルと期間を記録します。プロジェクトファイル自体は変更しません。比較の代わりに、較正した内容を表示します（table または json）。</translation>
    </message>
    <message>
        <source>out.greenprint</source>
        <translation>out.greenprint</translation>
    </message>
    <message>
        <source>With --calibrate: calibrate only &lt;component&gt; (its name, or stage/name as for the greenprint:component tag); repeat for several.</source>
        <translation>--calibrate と併用：&lt;component&gt; だけを較正します（名前、または greenprint:component タグと同じく ステージ/名前）。複数なら繰り返します。</translation>
    </message>
    <message>
        <source>component</source>
        <translation>component</translation>
    </message>
    <message>
        <source>--calibrate-only needs --calibrate OUT.greenprint</source>
        <translation>--calibrate-only には --calibrate OUT.greenprint が必要です</translation>
    </message>
    <message>
        <source>--calibrate prints what it calibrated as a table or json, not csv</source>
        <translation>--calibrate の出力は table か json で、csv には対応しません</translation>
    </message>
    <message>
        <source>--calibrate-only: the plan has no component &quot;%1&quot; (or several of that name: write stage/name)</source>
        <translation>--calibrate-only：計画にコンポーネント「%1」がありません（同名が複数ある場合は ステージ/名前 と書いてください）</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n component(s) calibrated)</source>
        <translation>
            <numerusform>%1 を書き出しました（%n 件のコンポーネントを較正）</numerusform>
        </translation>
    </message>
    <message>
        <source>Commands:
  estimate FILE... [--format table|json|csv] [--scenario NAME]
                                            Estimate energy, carbon and cost of projects
  suggest FILE [--format table|json]        Rank the practices that would save carbon
  pareto FILE [--stage plan|STAGE] [--format table|json]
                                            Cost / carbon / time front of the plan
  validate FILE...                          Check project files and report every problem
  data regions|instances [--format ...]     List the reference regions or instances
  export FILE [--pdf OUT.pdf] [--csv OUT.csv] [--scenario NAME]
                                            Write the PDF and/or CSV plan of a project
  upgrade FILE -o OUT                       Rewrite a project in the current file format
  actual FILE [--cur F]... [--ccft F] [--codecarbon F] [--nvidia-smi F]
         [--neuron-monitor F] [--cloudwatch F] [--format table|json|csv]
                                            Compare the plan with what ran
  athena-sql [--table T] [--from D] [--to D] Print the Athena SQL that sums a CUR
  FILE                                      Open the project in the planner window
</source>
        <translation>コマンド：
  estimate FILE... [--format table|json|csv] [--scenario NAME]
                                            プロジェクトのエネルギー、排出量、コストを見積もる
  suggest FILE [--format table|json]        排出量を削減するプラクティスを順位付けする
  pareto FILE [--stage plan|STAGE] [--format table|json]
                                            プランのコスト／排出量／時間のフロント
  validate FILE...                          プロジェクトファイルを検査し、すべての問題を報告する
  data regions|instances [--format ...]     参照データのリージョンまたはインスタンスを一覧表示する
  export FILE [--pdf OUT.pdf] [--csv OUT.csv] [--scenario NAME]
                                            プロジェクトの PDF／CSV プランを書き出す
  upgrade FILE -o OUT                       プロジェクトを現在のファイル形式で書き直す
  actual FILE [--cur F]... [--ccft F] [--codecarbon F] [--nvidia-smi F]
         [--neuron-monitor F] [--cloudwatch F] [--format table|json|csv]
                                            計画と実際に動いたものを比較する
  athena-sql [--table T] [--from D] [--to D] CUR を集計する Athena の SQL を出力する
  FILE                                      プロジェクトを計画ウィンドウで開く
</translation>
    </message>
    <message>
        <source>Print the ways to run the whole plan (one region for every stage, the advisor&apos;s hardware moves per stage) or one stage (region x instance) that no other way beats on kgCO2e, cost and hours at once.</source>
        <translation>プラン全体（全ステージで 1 リージョン、ステージごとにアドバイザーのハードウェア変更）または 1 ステージ（リージョン x インスタンス）の実行方法のうち、kgCO2e・コスト・時間のすべてで他に負けないものを出力します。</translation>
    </message>
    <message>
        <source>plan (default) or a stage: data-processing, model-building, training, inference.</source>
        <translation>plan（既定）またはステージ：data-processing、model-building、training、inference。</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>unknown stage &apos;%1&apos;; use plan, %2</source>
        <translation>不明なステージ &apos;%1&apos;。plan、%2 のいずれかを使ってください</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>計画全体</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>実行方法</translation>
    </message>
    <message>
        <source>Not offered, though no offered way beats them (%1):
</source>
        <translation>提案されていませんが、提案されたどの方法にも負けないもの（%1）：
</translation>
    </message>
    <message>
        <source>To check before you plan on it:
</source>
        <translation>計画に組み込む前に確認すること：
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n way(s) on the front (kgCO2e, USD, hours) among %2 evaluated.

</source>
        <translation>
            <numerusform>%1：評価した %2 通りのうち %n 通りがフロント上にあります（kgCO2e、USD、時間）。

</numerusform>
        </translation>
    </message>
</context>
</TS>
