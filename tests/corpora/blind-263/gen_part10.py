from gen_lib import *

SUBJ_B = "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_B
FORM_B = """先日アカウントの統合（ケース %s）が完了しましたが、旧アカウントで保有していた
50%%割引特典が新アカウントに表示されません。
旧アカウント候補ID：%s
新アカウント候補ID：%s
特典の移行をお願いできますでしょうか。""" % (CASE_A, CID_OLD, CID_NEW)

# 042 acknowledgement B (Japanese, UTF-8 base64, text + html)
d = dt("2025-06-08 08:54:03")
ackb = """桜庭 由希 様

AWS トレーニングと認定 へのお問い合わせありがとうございます。
ケース %s としてお問い合わせを承りました。

ご回答は通常24時間以内にお送りしておりますが、調査内容によってはお時間を
頂戴する場合がございます。あらかじめご了承ください。

すでにケースが提起されている場合は、同様のリクエストについて別のケースを
提起しないでください。ケースが重複すると、ご回答が遅れる原因となります。

――――――――――――――――――
お問い合わせタイプ：認定
その他の詳細：特典・バウチャー
ご連絡先：%s
お問い合わせ内容：
%s
――――――――――――――――――

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_B, ME_P, FORM_B)
MID_B1 = mid("caseB-ack", "c2-cs.amazon.com")
h = std('"Amazon Web Services" <%s>' % TC, ME_P, SUBJ_B, d, MID_B1, pre=auth_gmail("amazon.com"), extra=["Content-Language: ja"])
emit(("acknowledgement", False, CASE_B, [CID_OLD, CID_NEW]),
     "Case B (voucher benefit missing after the merge) acknowledged in Japanese; echoes the form, which names case A's number and both IDs. Label case B (subject/new case), not A.",
     h, alt(plain(ackb, cte="base64"), html("<html><body><div style=\"font-family:Meiryo\">" + ackb.replace("\n", "<br>\n") + "</div></body></html>\n", cte="base64"), "ab42"))

# 043 GitHub (personal repo) merged
d = dt("2025-06-08 12:31:50")
h = std('"dependabot[bot]" <notifications@github.com>', "yuki-sakuraba/aws-cert-notes <aws-cert-notes@noreply.github.com>",
        "Re: [yuki-sakuraba/aws-cert-notes] Bump markdownlint-cli from 0.41.0 to 0.45.0 (PR #4)", d,
        "<yuki-sakuraba/aws-cert-notes/pull/4/c2911374402@github.com>", cc="Yuki Sakuraba <%s>, State change <state_change@noreply.github.com>" % ME_P,
        irt="<yuki-sakuraba/aws-cert-notes/pull/4@github.com>", pre=auth_gmail("github.com", ip="192.30.252.201"),
        extra=["List-ID: yuki-sakuraba/aws-cert-notes <aws-cert-notes.yuki-sakuraba.github.com>", "X-GitHub-Reason: state_change"])
emit(("unrelated", False, None), "GitHub 'Merged #4 into main' in a repo named aws-cert-notes.",
     h, plain("Merged #4 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/yuki-sakuraba/aws-cert-notes/pull/4#event-2911374402\nYou are receiving this because you modified the open/close state.\n", cte="7bit"))

# 044 info_request B (Japanese keigo, numbered questions after an explanation)
d = dt("2025-06-09 06:10:12")
B44 = """桜庭 由希 様

AWS トレーニングと認定 カスタマーサポートの小林でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

いただいた内容を一部引用のうえ、ご回答いたします。

> 旧アカウントで保有していた50%%割引特典が新アカウントに表示されません。

統合前の旧アカウント（%s）の記録を確認しましたところ、2025年3月に付与された
50%%割引特典が1件ございました。本来であれば統合時に新アカウントへ移行される
ものですが、現時点では移行の状況を確認できておりません。

つきましては、調査のため、以下の2点をお知らせいただけますでしょうか。

1. 特典の付与対象となった試験名と合格日
2. 統合前に旧アカウントの特典ページで特典を確認された日（おおよそで結構です）

お手数をおかけいたしますが、ご返信のほどよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
小林
""" % CID_OLD
MID_B2 = mid("caseB-info1", "c2-cs.amazon.com")
h = std('"Amazon Web Services" <%s>' % TC, ME_P, "RE:" + SUBJ_B, d, MID_B2, irt=MID_B1, refs=MID_B1, pre=auth_gmail("amazon.com"))
emit(("info_request", True, CASE_B, [CID_OLD]),
     "Japanese keigo request (〜いただけますでしょうか / 〜のほどよろしくお願いいたします) after a quoted line of the owner's form and an explanation.",
     h, plain(B44, cte="base64"))

# 045 owner answers inline in Japanese and adds three questions
d = dt("2025-06-09 21:40:33", JST)
B45_NEW = """小林様

ご確認いただきありがとうございます。

> 1. 特典の付与対象となった試験名と合格日

AWS Certified Security - Specialty（SCS-C02）で、2025年3月8日に合格しました。

> 2. 統合前に旧アカウントの特典ページで特典を確認された日（おおよそで結構です）

5月10日頃に確認しました。その時点では未使用の表示でした。

あわせて、以下の3点を教えていただけますか。
(a) 特典が移行された場合、有効期限は元のままでしょうか。
(b) 6月21日のDVA試験に使いたいのですが、それまでに移行は可能でしょうか。
(c) 会社が購入したバウチャー（末尾7Q2K）とは別物という認識で合っていますか。

桜庭
"""
B45 = B45_NEW + "\n2025年6月9日(月) 15:10 Amazon Web Services <%s>:\n\n" % TC + quote(B44) + "\n"
MID_B3 = "<CAJx7Qm2kR8sYw-Lq5dHn1VbT0cE@mail.gmail.com>"
h = std(addr("Yuki Sakuraba", ME_P), TC, "Re: RE:" + SUBJ_B, d, MID_B3, irt=MID_B2, refs="%s %s" % (MID_B1, MID_B2))
emit(("user_reply", False, CASE_B), "Owner answers each Japanese question inline under '>' and asks three of their own.",
     h, plain(B45, cte="quoted-printable"))
