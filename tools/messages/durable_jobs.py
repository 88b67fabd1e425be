# Durable background work (issue 9): import jobs that survive a crash, scheduler runs with a
# lease and cancellation. key -> (de, en, ja).
M = {
 "import.state.INTERRUPTED": ("Unterbrochen", "Interrupted", "中断"),
 "import.owner": ("Gestartet von", "Started by", "開始したユーザー"),
 "import.interrupted": (
     "Unterbrochen nach Zeile {0,number,#}; die Zeilen 1 bis {0,number,#} sind übernommen. Die Datei erneut zu importieren ist sicher: bereits übernommene Organisationen werden aktualisiert, nicht verdoppelt.",
     "Interrupted after line {0,number,#}; lines 1 to {0,number,#} are applied. Running the file again is safe: organisations already applied are updated, not duplicated.",
     "{0,number,#}行目の後で中断しました。1行目から{0,number,#}行目までは反映済みです。同じファイルをもう一度インポートしても安全です。反映済みの組織は更新され、重複しません。"),
 "import.interrupted.none": (
     "Unterbrochen, bevor eine Zeile übernommen war. Die Datei erneut zu importieren ist sicher.",
     "Interrupted before any line was applied. Running the file again is safe.",
     "行が反映される前に中断しました。同じファイルをもう一度インポートしても安全です。"),
 "schedule.status.cancelled": ("abgebrochen", "cancelled", "中止"),
 "schedule.cancel": ("Lauf abbrechen …", "Cancel run …", "実行を中止…"),
 "schedule.cancel.confirm": (
     "Diesen Lauf wirklich abbrechen? Sein Vorschlag wird verworfen; veröffentlicht wird nichts.",
     "Really cancel this run? Its proposal is discarded; nothing is published.",
     "この実行を本当に中止しますか？提案は破棄され、何も公開されません。"),
 "schedule.cancel.yes": ("Ja, abbrechen", "Yes, cancel it", "はい、中止します"),
 "schedule.cancelRequested": ("Der Lauf wird abgebrochen.", "The run is being cancelled.", "実行を中止しています。"),
 "schedule.cancelling": ("Der Lauf wird abgebrochen …", "The run is stopping …", "実行を停止しています…"),
 "schedule.cancelled": (
     "Der Lauf wurde abgebrochen; nichts wurde veröffentlicht.",
     "The run was cancelled; nothing was published.",
     "実行は中止されました。何も公開されていません。"),
 "schedule.failed.leaseExpired": (
     "Der Lauf ist fehlgeschlagen: die Instanz, die ihn rechnete, hat sich nicht mehr gemeldet (Absturz oder Neustart). Starten Sie einen neuen Lauf.",
     "The run failed: the instance computing it stopped reporting (a crash or a restart). Please start a new run.",
     "実行に失敗しました。計算していたインスタンスからの応答が途絶えました（クラッシュまたは再起動）。新しい実行を開始してください。"),
 "schedule.runState": (
     "Das geht mit diesem Lauf nicht (mehr): er läuft nicht mehr oder ist nicht fertig geworden.",
     "That is not possible for this run (any more): it is no longer running, or it did not finish.",
     "この実行ではその操作はできません。すでに実行中ではないか、完了していません。"),
}
