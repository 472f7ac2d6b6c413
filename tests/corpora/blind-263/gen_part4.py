from gen_lib import *
from gen_part1 import SUBJ_A, MID_A1
from gen_part3 import MID_A2, MID_A3, REP12_NEW, HOLD

# 013 APN alliance lead (colleague) says he removed the link
d = dt("2025-05-14 17:02:45", JST)
sato = """桜庭さん

お疲れさまです、佐藤です。

パートナーセントラルのユーザー一覧から、桜庭さんの認定アカウントの紐付けを解除しました。
AWS側に反映されるまで数日かかることがあるそうです。
サポートから何か聞かれたら、解除済みと伝えてもらって大丈夫です。

残り2週間ちょっと、よろしくお願いします。

佐藤 健一
アライアンス推進室
"""
h = std(addr("佐藤 健一", "k.sato@tsubame-sol.co.jp"), addr("桜庭 由希", ME_C),
        "Re: パートナーセントラルの認定紐付けについて", d, mid("sato-apn", "TYCPR01MB5530.jpnprd01.prod.outlook.com"),
        irt=mid("sakuraba-apn", "TYCPR01MB7702.jpnprd01.prod.outlook.com"), pre=auth_m365("tsubame-sol.co.jp", ip="10.21.4.9"))
emit(("unrelated", False, None),
     "Colleague (partner alliance lead) reports he removed the APN link - on topic for the case, but not from AWS support.",
     h, plain(sato, cte="base64"))

# 014 case_update A: hold lifted; Outlook top-post quoting the owner's mail, which itself quotes the old request
d = dt("2025-05-15 03:40:18")
upd = """Hi Yuki,

Thanks for letting me know. Our partner team has now released the link between your old certification account and the Tsubame Solutions partner profile, so this case is no longer on hold. I've passed it to our account operations team, who carry out the merge itself; they will write to you once they have reviewed both profiles.

Nothing is needed from you right now.

Regards,
Priyanka S.
AWS Training and Certification Customer Support

________________________________
From: Yuki Sakuraba <%s>
Sent: Wednesday, May 14, 2025 5:20 AM
To: %s
Subject: Re: RE:%s

""" % (ME_P, TC, SUBJ_A) + REP12_NEW + "\n2025年5月14日(水) 11:15 Amazon Web Services <%s>:\n\n" % TC + quote(HOLD) + "\n"
hupd = "<html><body><div style=\"font-family:Calibri,Arial\"><p>Hi Yuki,</p><p>Thanks for letting me know. Our partner team has now released the link between your old certification account and the Tsubame Solutions partner profile, so this case is no longer on hold. I've passed it to our account operations team, who carry out the merge itself; they will write to you once they have reviewed both profiles.</p><p>Nothing is needed from you right now.</p><p>Regards,<br>Priyanka S.<br>AWS Training and Certification Customer Support</p></div><hr style=\"display:inline-block;width:98%%\"><div id=\"divRplyFwdMsg\"><b>From:</b> Yuki Sakuraba &lt;%s&gt;<br><b>Sent:</b> Wednesday, May 14, 2025 5:20 AM<br><b>To:</b> %s<br><b>Subject:</b> Re: RE:%s</div><pre>%s</pre></body></html>\n" % (ME_P, TC, SUBJ_A, REP12_NEW + "\n" + quote(HOLD).replace("<", "&lt;"))
MID_A4 = mid("caseA-unhold", "c2-cs.amazon.com")
h = std('"Amazon Web Services" <%s>' % TC, ME_P, "RE:" + SUBJ_A, d, MID_A4, irt=MID_A3,
        refs="%s %s %s" % (MID_A1, MID_A2, MID_A3), pre=auth_gmail("amazon.com"))
emit(("case_update", False, CASE_A),
     "Hold lifted, passed to another team. Top-posted over the owner's own mail, which still carries support's old 'it would help us to know...' request and both candidate IDs - all quoted history, so no request and no IDs.",
     h, alt(plain(upd, cte="quoted-printable"), html(hupd, cte="quoted-printable"), "u14"))

# 015 Japanese tech newsletter
d = dt("2025-05-15 22:00:00")
nl = """クラウド週報 第318号（2025年5月16日）

■ 今週のトピック
・AWS認定の試験ガイド改訂まとめ：SAA-C03 は何が変わった？
・Amazon Bedrock のモデル評価機能を試してみた
・「アカウントの統合」で困らないための転職前チェックリスト

■ 読者アンケートのお願い
今後の記事テーマについて、3分ほどのアンケートにご協力ください。

配信停止はこちら：https://cloud-weekly.jp/unsubscribe?u=8841a2
"""
h = std(addr("クラウド週報", "newsletter@cloud-weekly.jp"), ME_P, "クラウド週報 第318号：AWS認定の試験ガイド改訂まとめ ほか", d,
        mid("cw318", "mail.cloud-weekly.jp"), pre=auth_gmail("cloud-weekly.jp", ip="160.16.8.22"),
        extra=["List-Unsubscribe: <https://cloud-weekly.jp/unsubscribe?u=8841a2>", "Precedence: bulk"])
emit(("unrelated", False, None),
     "Japanese newsletter mentioning AWS certification and account merging, with a reader-survey request.",
     h, plain(nl, charset="iso-2022-jp", cte="7bit"))

# 016 certification expiry notice (CertMetrics, company address)
d = dt("2025-05-16 06:12:40")
exp = """Hello Yuki,

Your AWS Certified Solutions Architect - Associate certification expires on August 14, 2025 (in 90 days).

To keep your certification active, pass the current version of the exam, or a higher-level exam in the same path, before the expiration date. Once you recertify, your new expiration date will be three years from the date you pass.

Your 50% discount benefit can be applied to a recertification exam. You can find it under Benefits in your AWS Certification account.

Thank you,
AWS Certification
"""
h = std('"AWS Certification" <do-not-reply@certmetrics.com>', ME_C,
        "Your AWS Certification expires in 90 days", d, mid("exp90", "certmetrics.com"),
        pre=auth_m365("certmetrics.com", ip="198.2.180.64"))
emit(("certification", False, None),
     "Certification program expiry reminder (not case mail); mentions the 50% benefit the owner later asks support about.",
     h, alt(plain(exp, cte="7bit"), html("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in exp.strip().split("\n\n")) + "</body></html>\n", cte="7bit"), "e16"))

# 017 phishing from a lookalike domain
d = dt("2025-05-16 11:47:03")
ph = """Dear Certified Professional,

We are processing a request to merge your AWS Certification accounts. To prevent the loss of your certification history, you must confirm the account that should be kept within 24 hours.

Confirm your accounts: https://aws-certsupport-team.com/merge/confirm?id=7731

If we do not receive your confirmation, all certifications on the secondary account will be permanently removed.

Please reply to this email with your AWS Certification password if the link does not work.

AWS Training & Certification Support Team
"""
h = std('"AWS Training & Certification" <support@aws-certsupport-team.com>', ME_C,
        "Action required: confirm your AWS Certification account merge", d, mid("phish1", "aws-certsupport-team.com"),
        pre=auth_m365("aws-certsupport-team.com", ip="185.213.155.20"))
emit(("suspicious", False, None),
     "Credential phishing from a lookalike domain that mimics a merge confirmation request and demands a reply with the password (passes SPF/DKIM for its own domain).",
     h, html("<html><body><p>" + ph.replace("\n\n", "</p><p>").replace("https://aws-certsupport-team.com/merge/confirm?id=7731", '<a href="https://aws-certsupport-team.com/merge/confirm?id=7731">Confirm my accounts</a>') + "</p></body></html>\n", cte="base64"))
