# Messages 046-068 (11 Nov - 24 Nov 2025)
from common import *
from part3 import M, add, INFO_D
from part1 import LARS

D_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D

# 046 case D resolved (plain ください instruction, conditional invitation)
DONE_D = """Haruka Lindqvist 様

AWS トレーニングと認定 カスタマーサービスの中村です。

お知らせいただいた表記(HARUKA LINDQVIST)で、保有されているすべての
認定の証明書を再発行しました。認定アカウントにサインインし、
「認定」のページから新しい証明書をダウンロードしてください。
以前にダウンロードした証明書は、破棄してください。

本件は以上で完了となります。
ほかにご不明な点がございましたら、このメールにご返信ください。

中村
AWS トレーニングと認定 カスタマーサービス
"""
DONE_D_HTML = "<div style=\"font-family:Meiryo,sans-serif\">" + DONE_D.replace("\n", "<br>\n") + \
    "<br><blockquote style=\"border-left:1px solid #ccc;padding-left:6px;color:#666\">" + \
    INFO_D.replace("\n", "<br>\n") + "</blockquote></div>"
add(key="d_done", date="2025-11-11T05:40:08+00:00",
    frm=("Amazon Web Services", TC_FORM), to=[ME_PERSONAL], subject=D_SUBJ,
    hcharset="iso-2022-jp", mid=ses_id("d_done"), irt="d_r2", **aws_in("2025-11-11T05:40:09+00:00"),
    body=alt(plain(DONE_D + "\n" + gt(INFO_D) + "\n", charset="iso-2022-jp", cte="7bit"),
             html(DONE_D_HTML, cte="quoted-printable")),
    label=("resolved", False, CASE_D, []),
    note="Japanese resolution with plain 〜してください instructions, a 〜ございましたら conditional, and the earlier keigo request quoted below (plain '>' and HTML blockquote).")

# 047 survey in Japanese
add(key="d_survey", date="2025-11-11T06:00:40+00:00",
    frm=("AWS Training and Certification", "aws-tc-feedback@amazon.com"), to=[ME_PERSONAL],
    subject="サポート対応に関するアンケートのお願い(ケース %s)" % CASE_D,
    mid=ses_id("d_survey"), **aws_in("2025-11-11T06:00:41+00:00"),
    body=html("""<html><body style="font-family:Meiryo,sans-serif"><p>Haruka Lindqvist 様</p>
<p>先日はケース %s にてお問い合わせいただき、ありがとうございました。</p>
<p>今後のサービス向上のため、簡単なアンケートにご協力いただけますでしょうか。所要時間は 1 分程度です。</p>
<p><a href="https://survey.aws.training/cs?c=%s&amp;lang=ja">アンケートに回答する</a></p>
<p>※本アンケートへのご回答は任意です。</p></body></html>""" % (CASE_D, CASE_D), cte="base64"),
    label=("survey", False, CASE_D, []),
    note="Japanese survey phrased with keigo request form (〜いただけますでしょうか) - still only a survey.")

# 048 practice-exam vendor
add(key="m048", date="2025-11-11T18:22:00+00:00",
    frm=("CertPrep Studio", "results@certprep.studio"), to=[ME_P],
    subject="Your practice exam results: AWS Security Specialty - Set 4",
    mid=gen_id("m048", "certprep.studio"),
    received=[fm_received("smtp.sendgrid.net", "149.72.154.9", "2025-11-11T18:22:01+00:00")],
    auth=fm_auth("certprep.studio", "bounces@em.certprep.studio"),
    body=html("""<h3>You scored 81%</h3><p>Passing score: 75%. Weakest domain: Incident Response (62%).</p>
<p><a href="https://certprep.studio/review/4">Review your answers</a> before the real exam!</p>""", cte="7bit", charset="us-ascii"),
    label=("unrelated", False, None, []),
    note="Third-party practice-exam 'results' mail; not AWS Certification.")

# 049 exam results - under a third, unexpected candidate ID
add(key="m049", date="2025-11-13T16:45:30+00:00",
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=[ME_P],
    subject="Your AWS Certification exam results are available",
    mid=gen_id("m049", "certmetrics.com"),
    received=[fm_received("mail.certmetrics.com", "52.25.114.77", "2025-11-13T16:45:31+00:00")],
    auth=fm_auth("certmetrics.com", "bounce@certmetrics.com"),
    body=alt(plain("""Hello Haruka Lindqvist,

Congratulations! You have successfully completed the AWS Certified
Security - Specialty exam (SCS-C02) on 12 November 2025.

Candidate ID: %s

Your score report and digital badge will be available in your AWS
Certification Account within 5 business days.

AWS Certification
""" % CID_DUP), html("""<p>Hello Haruka Lindqvist,</p><p><b>Congratulations!</b> You have successfully completed the
AWS Certified Security - Specialty exam (SCS-C02) on 12 November 2025.</p><p>Candidate ID: %s</p>""" % CID_DUP)),
    label=("certification", False, None, [CID_DUP]),
    note="Exam result under a third candidate ID the owner did not know about (what triggers case F).")

# 050 Credly badge
add(key="cred2", date="2025-11-13T17:02:11+00:00", frm=("Credly", "admin@credly.com"), to=[ME_P],
    subject="You've earned a new badge: AWS Certified Security - Specialty",
    mid=gen_id("cred2", "credly.com"),
    received=[fm_received("o1.mail.credly.com", "167.89.101.42", "2025-11-13T17:02:12+00:00")],
    auth=fm_auth("credly.com", "bounces+credly@em.credly.com"),
    body=html("""<div style="font-family:Helvetica;text-align:center"><p>Hi Haruka,</p>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p><h2>AWS Certified Security - Specialty</h2>
<p><a href="https://www.credly.com/badges/0c7f2b9e-4d1a-46a0-a0b3-9f5e8d2c7a61/accept">Accept badge</a></p></div>""", cte="quoted-printable"),
    label=("badge", False, None, []),
    note="Credly badge mail, HTML-only.")

# 051 Japanese phishing from a lookalike domain
add(key="p3", date="2025-11-13T23:18:52+00:00",
    frm=("AWS 認定 サポート", "support@aws-nintei-center.jp"), to=[ME_P],
    subject="【重要】AWS認定アカウント統合手続きが保留されています", hcharset="iso-2022-jp",
    mid=gen_id("p3", "aws-nintei-center.jp"),
    received=[fm_received("mail.aws-nintei-center.jp", "45.137.21.88", "2025-11-13T23:18:53+00:00")],
    auth=fm_auth("aws-nintei-center.jp", "support@aws-nintei-center.jp", dkim="none", dmarc="none"),
    body=plain("""AWS認定をご利用のお客様

お客様の認定アカウント統合手続きに不備があり、現在保留となっております。
24時間以内に下記URLよりログインし、本人確認を完了してください。
期限を過ぎますと、取得済みの認定資格がすべて失効いたします。

https://aws-nintei-center.jp/login

AWS 認定 サポートセンター
""", charset="iso-2022-jp", cte="7bit"),
    label=("suspicious", False, None, []),
    note="Japanese phishing (lookalike .jp domain, no DKIM) claiming a merge is on hold; threatens expiry.")

# 052 case F acknowledgement (new HTML-only template)
add(key="f_ack", date="2025-11-14T09:27:50+00:00",
    frm=("AWS Training and Certification", TC_FORM), to=[ME_PERSONAL],
    subject="RE:[CASE %s] %s" % (CASE_F, TC_SUBJ),
    mid=ses_id("f_ack"), **aws_in("2025-11-14T09:27:51+00:00"),
    body=html("""<!DOCTYPE html><html><body style="margin:0;background:#f2f3f3">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;padding:16px;color:#fff;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>We've received your request and opened case <strong>%s</strong>.</p>
<p>Someone from our team will get back to you, usually within one business day.</p>
<p>To help us help you faster, avoid submitting another request for the same issue &mdash; if you have more to add,
reply to this email instead.</p>
<p style="color:#687078;font-size:12px">AWS Training and Certification Customer Service</p>
</td></tr></table></td></tr></table></body></html>""" % CASE_F, cte="quoted-printable"),
    label=("acknowledgement", False, CASE_F, []),
    note="Case F acknowledgement in a newer HTML-only layout; conditional 'if you have more to add, reply'.")

# 053 note to self
add(key="f_note", date="2025-11-14T10:40:19+01:00", frm=ME_P, to=[ME_P],
    subject="note: AWS third cert account", mid=fm_id("f_note"), eol="\n",
    extra=[("User-Agent", "Fastmail/1.0 (iOS)")],
    body=plain("""- filed case %s this morning (Japanese form)
- Security Specialty result landed on %s, a third account on the
  same fastmail address - probably from that day I signed in with the
  Amazon shopping login to book the exam
- keep %s
- nordkust address dies 31 Dec, nothing left on it now
""" % (CASE_F, CID_DUP, CID_PERSONAL), cte="7bit", charset="us-ascii"),
    label=("user_reply", False, CASE_F, [CID_DUP, CID_PERSONAL]),
    note="Owner's note to herself (From = To = personal address) listing case F and candidate IDs.")

# 054 case F confirmation request in Japanese (Shift_JIS, CRLF)
CONF_F = """Haruka Lindqvist 様

AWS トレーニングと認定の高橋と申します。

お問い合わせの件、お客様のメールアドレスで登録されている認定
アカウントを確認したところ、以下の 2 件が見つかりました。

アカウント1
  候補ID: %s
  ログインメール: haruka.lindqvist@fastmail.com
  作成日: 2021年4月9日
  保有認定: ソリューションアーキテクト アソシエイト ほか 1 件

アカウント2
  候補ID: %s
  ログインメール: haruka.lindqvist@fastmail.com
  作成日: 2025年10月16日
  試験履歴: セキュリティ 専門知識 (2025年11月12日)

アカウント1 を残し、アカウント2 の試験履歴をアカウント1 に統合する
予定です。両アカウントともご本人様のものであること、および統合先を
アカウント1 とすることについて、ご確認のほどよろしくお願いいたします。

高橋
AWS トレーニングと認定 カスタマーサービス
""" % (CID_PERSONAL, CID_DUP)
add(key="f_conf", date="2025-11-17T06:20:44+00:00",
    frm=("Amazon Web Services", TC_FORM), to=[ME_PERSONAL],
    subject="RE:[CASE %s] %s" % (CASE_F, TC_SUBJ),
    mid=ses_id("f_conf"), irt="f_ack", **aws_in("2025-11-17T06:20:45+00:00"),
    body=plain(CONF_F, charset="shift_jis", cte="8bit"), eol="\r\n",
    label=("confirmation_request", True, CASE_F, [CID_PERSONAL, CID_DUP]),
    note="Japanese confirmation (Shift_JIS 8bit, CRLF) of a same-address duplicate; アカウント1/2 listing; request ends with ご確認のほどよろしくお願いいたします (no question mark).")

# 055 GitHub merged PR
add(key="m055", date="2025-11-17T13:05:00+00:00",
    frm=("Jonas Ek", "notifications@github.com"), to=[ME_COMPANY],
    subject="Re: [nordkust/infra-modules] Consolidate duplicate AWS accounts module (PR #88)",
    mid="<nordkust/infra-modules/pull/88/merged/1763384700@github.com>",
    received=[ex_received("out-26.smtp.github.com", "192.30.252.209", "2025-11-17T13:05:01+00:00")],
    auth=ex_auth("github.com", "192.30.252.209"),
    body=plain("""Merged #88 into main.

Closes #85: duplicate accounts for the same team are now merged at apply time.

--
Reply to this email directly, view it on GitHub:
https://github.com/nordkust/infra-modules/pull/88#event-18311209
You are receiving this because you authored the thread.
""", cte="7bit", charset="us-ascii"),
    label=("unrelated", False, None, []),
    note="GitHub 'duplicate accounts ... merged' notification.")

# 056 her Japanese confirmation
REPLY_F1 = """高橋様

ご確認ありがとうございます。
2 件ともわたしのアカウントです。アカウント1 (%s) を残す形で
統合をお願いいたします。

リンドクヴィスト 遥
""" % CID_PERSONAL
add(key="f_r1", date="2025-11-17T20:05:36+01:00", frm=ME_P, to=[("Amazon Web Services", TC_FORM)],
    subject="Re: RE:[CASE %s] %s" % (CASE_F, TC_SUBJ), mid=fm_id("f_r1"), irt="f_conf", eol="\n",
    body=plain(REPLY_F1 + "\n2025年11月17日 7:20、Amazon Web Services <%s> のメール:\n\n" % TC_FORM + gt(CONF_F) + "\n"),
    label=("user_reply", False, CASE_F, [CID_PERSONAL]),
    note="Owner's Japanese confirmation (Apple-Mail-style Japanese attribution line).")

# 057 case F on hold, nothing asked
HOLD_F = """Hello Haruka,

Thank you for confirming - I'm Priyanka and I've taken over case
%s from my colleague.

Before the merge can run, your Security Specialty result from
12 November has to be finalised by our exam delivery partner. It is
still in provisional status on Account 2, and moving a provisional
result risks losing it. We have asked the partner to finalise the
record and placed the case on hold until they do, which usually takes
three to five business days.

No action is required from you; we will write again once the record
is final.

Regards,
Priyanka S.
AWS Training and Certification
""" % CASE_F
add(key="f_hold", date="2025-11-18T09:00:21+00:00",
    frm=("Amazon Web Services", TC_FORM), to=[ME_PERSONAL],
    subject="RE:[CASE %s] %s" % (CASE_F, TC_SUBJ),
    mid=ses_id("f_hold"), irt="f_r1", **aws_in("2025-11-18T09:00:22+00:00"),
    body=alt(plain(HOLD_F), html("<p>" + HOLD_F.replace("\n\n", "</p><p>").replace("\n", " ") + "</p>")),
    label=("on_hold", False, CASE_F, []),
    note="Hold waiting for the exam delivery partner; explicitly nothing to do.")

# 058 colleague: new address live
add(key="m058", date="2025-11-19T08:12:40+01:00", frm=LARS, to=["alla@nordkust-energi.se"],
    subject="Your @baltvind.com address is live", mid=ol_id("m058"),
    received=[ex_received("DB9PR07MB8841.eurprd07.prod.outlook.com", "2603:10a6:10:2d4::9", "2025-11-19T07:12:41+00:00")],
    body=plain("""Hi all,

Your new address fornamn.efternamn@baltvind.com now receives mail.
Please update vendor portals, recruiters and training accounts by
12 December and reply to this mail if your new mailbox is missing.

/Lars
""", charset="utf-8", cte="7bit"),
    label=("unrelated", False, None, []),
    note="Internal IT mail with 'please update training accounts' and 'reply to this mail'.")

# 059 AWS marketing about a new exam
add(key="m059", date="2025-11-19T15:30:00+00:00",
    frm=("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), to=[ME_P],
    subject="New: AWS Certified Generative AI Developer - Professional (beta)",
    mid=ses_id("m059"), **aws_in("2025-11-19T15:30:01+00:00"),
    body=alt(plain("""Be among the first to earn it.

Registration for the beta of AWS Certified Generative AI Developer -
Professional is open until 15 December. Beta candidates pay 50%% of the
standard fee.

Register: https://aws.amazon.com/certification/

Unsubscribe: https://pages.awscloud.com/unsubscribe.html
""" % ()), html("""<h2>Be among the first to earn it</h2><p>Beta registration is open until 15 December.</p>
<p><a href="https://aws.amazon.com/certification/">Register</a></p>""")),
    label=("unrelated", False, None, []),
    note="AWS marketing about a new certification exam from the marketing sender - labelled unrelated, not certification.")

# 060 case F information request ("we need you to")
INFO_F = """Hi Haruka,

Owen here. The exam partner finalised your Security Specialty record
this morning, so the hold is over.

One blocker remains before I can run the merge: Account 2 (%s)
has never accepted the current AWS Certification Program Agreement,
and the merge tool refuses accounts with a pending agreement. We need
you to sign in to Account 2 once (it uses the Amazon shopping login
on your fastmail address), accept the agreement when it is shown, and
then tell us here that it's done.

Owen M.
AWS Training and Certification
""" % CID_DUP
add(key="f_info", date="2025-11-20T11:10:03+00:00",
    frm=("Amazon Web Services", TC_FORM), to=[ME_PERSONAL],
    subject="RE: [CASE %s] %s" % (CASE_F, TC_SUBJ),
    mid=ses_id("f_info"), irt="f_hold", **aws_in("2025-11-20T11:10:04+00:00"),
    body=plain(INFO_F, cte="quoted-printable"),
    label=("info_request", True, CASE_F, [CID_DUP]),
    note="Hold lifted AND a new ask in one mail ('We need you to ... then tell us'): info_request, not case_update.")

# 061 Builder ID / sign-in alert
add(key="m061", date="2025-11-20T20:18:44+00:00",
    frm=("AWS Training and Certification", "no-reply@aws.training"), to=[ME_P],
    subject="New sign-in to your AWS Certification Account",
    mid=ses_id("m061"), **aws_in("2025-11-20T20:18:45+00:00", domain="aws.training"),
    body=plain("""We noticed a new sign-in to your AWS Certification Account.

When: 20 November 2025, 21:18 CET
Where: Gothenburg, Sweden (Firefox on Linux)

If this was you, there's nothing to do. If not, reset your password
and contact us.
""", cte="7bit", charset="us-ascii"),
    label=("unrelated", False, None, []),
    note="Sign-in security notice from the training platform.")

# 062 her reply: done
REPLY_F2 = """Hi Owen,

Done - signed in to Account 2 a few minutes ago and accepted the
agreement, then signed out again.

Haruka
"""
add(key="f_r2", date="2025-11-20T21:31:09+01:00", frm=ME_P, to=[("Amazon Web Services", TC_FORM)],
    subject="Re: RE: [CASE %s] %s" % (CASE_F, TC_SUBJ), mid=fm_id("f_r2"), irt="f_info", eol="\n",
    body=plain(REPLY_F2 + "\nOn Thu, 20 Nov 2025, at 12:10, Amazon Web Services wrote:\n" + gt(INFO_F) + "\n"),
    label=("user_reply", False, CASE_F, []),
    note="Owner reports the check done; quoted 'We need you to' request below.")

# 063 automatic receipt of her reply
add(key="f_auto", date="2025-11-20T20:31:40+00:00",
    frm=("Amazon Web Services", TC_FORM), to=[ME_PERSONAL],
    subject="RE:[CASE %s] %s" % (CASE_F, TC_SUBJ),
    mid=ses_id("f_auto"), irt="f_r2", **aws_in("2025-11-20T20:31:41+00:00"),
    extra=[("Auto-Submitted", "auto-generated")],
    body=plain("""Hello,

Your reply to case %s has been added to the case and the agent
working on it has been notified. There is no need to respond to this
message.

AWS Training and Certification Customer Service
""" % CASE_F, cte="7bit", charset="us-ascii"),
    label=("acknowledgement", False, CASE_F, []),
    note="Automatic 'your reply was received' in the middle of a thread - acknowledgement, not a new case.")

# 064 case F go-ahead confirmation
CONF_F2 = """Thanks Haruka, that cleared it.

Last check before I run it: once merged, Account 2 (%s) is closed
and the Amazon shopping login will no longer reach a certification
account. Everything, including the new Security Specialty result,
ends up under Account 1 (%s). OK to go ahead?

Owen
""" % (CID_DUP, CID_PERSONAL)
add(key="f_conf2", date="2025-11-21T08:02:55+00:00",
    frm=("Amazon Web Services", TC_FORM), to=[ME_PERSONAL],
    subject="RE:[CASE %s] %s" % (CASE_F, TC_SUBJ),
    mid=ses_id("f_conf2"), irt="f_r2", **aws_in("2025-11-21T08:02:56+00:00"),
    body=plain(CONF_F2 + "\n________________________________\nFrom: Haruka Lindqvist <%s>\nSent: 20 November 2025 20:31\n\n" % ME_PERSONAL + REPLY_F2),
    label=("confirmation_request", True, CASE_F, [CID_DUP, CID_PERSONAL]),
    note="Short go-ahead question ('OK to go ahead?') after she already confirmed in Japanese; still a fresh confirmation request.")

# 065 her go-ahead
add(key="f_r3", date="2025-11-21T09:15:27+01:00", frm=ME_P, to=[("Amazon Web Services", TC_FORM)],
    subject="Re: RE:[CASE %s] %s" % (CASE_F, TC_SUBJ), mid=fm_id("f_r3"), irt="f_conf2", eol="\n",
    body=plain("Yes, please go ahead.\n\nHaruka\n\nOn Fri, 21 Nov 2025, at 09:02, Amazon Web Services wrote:\n" + gt(CONF_F2) + "\n",
               cte="7bit", charset="us-ascii"),
    label=("user_reply", False, CASE_F, []),
    note="One-line go-ahead from the owner.")

# 066 Swedish newsletter
add(key="m066", date="2025-11-21T06:00:00+01:00",
    frm=("Molnbrevet", "redaktionen@molnbrevet.se"), to=[ME_P],
    subject="Molnbrevet #47: Certifieringar efter företagsköp - vem äger dem?",
    mid=gen_id("m066", "molnbrevet.se"),
    received=[fm_received("smtp.molnbrevet.se", "198.51.100.61", "2025-11-21T08:40:12+00:00")],
    auth=fm_auth("molnbrevet.se", "bounce@molnbrevet.se"),
    body=alt(plain("""Veckans tema: när ett bolag köps upp försvinner ofta e-postdomänen -
och med den inloggningen till certifieringskonton. Vi har frågat tre
molnleverantörer hur man flyttar sina meriter till en privat adress.

Läs mer: https://molnbrevet.se/47

Svara på det här mejlet om du vill tipsa redaktionen.
""", charset="utf-8"), html("""<p>Veckans tema: certifieringar efter företagsköp.</p><p><a href="https://molnbrevet.se/47">Läs mer</a></p>""")),
    label=("unrelated", False, None, []),
    note="Swedish newsletter on moving certifications after an acquisition; invites replies. Date header is earlier than the previous message (delivered late).")

# 067 case F resolved
DONE_F = """Hi Haruka,

Done. Account 2 is merged into Account 1 (%s); the Security
Specialty certification and its score report are there now. Nothing
further is needed from you. If you spot anything missing in the next
14 days, reply here and I'll reopen the case.

Owen M.
AWS Training and Certification
""" % CID_PERSONAL
add(key="f_done", date="2025-11-24T10:41:16+00:00",
    frm=("Amazon Web Services", TC_FORM), to=[ME_PERSONAL],
    subject="RE:[CASE %s] %s" % (CASE_F, TC_SUBJ),
    mid=ses_id("f_done"), irt="f_r3", **aws_in("2025-11-24T10:41:17+00:00"),
    body=alt(plain(DONE_F + "\nOn Fri, Nov 21, 2025 at 8:15 AM Haruka Lindqvist <%s> wrote:\n> Yes, please go ahead.\n>\n> On Fri, 21 Nov 2025, at 09:02, Amazon Web Services wrote:\n" % ME_PERSONAL + gt(CONF_F2, ">> ") + "\n"),
             html("<p>" + DONE_F.replace("\n\n", "</p><p>").replace("\n", " ") + "</p><blockquote>Yes, please go ahead.<br><blockquote>" +
                  CONF_F2.replace("\n", "<br>") + "</blockquote></blockquote>")),
    label=("resolved", False, CASE_F, [CID_PERSONAL]),
    note="Terse completion ('Done.') with a quoted go-ahead question two levels down; conditional reopen offer.")

# 068 Credly reminder
add(key="cred3", date="2025-11-24T14:00:09+00:00", frm=("Credly", "admin@credly.com"), to=[ME_P],
    subject="Reminder: your AWS Certified Security - Specialty badge is waiting",
    mid=gen_id("cred3", "credly.com"),
    received=[fm_received("o1.mail.credly.com", "167.89.101.44", "2025-11-24T14:00:10+00:00")],
    auth=fm_auth("credly.com", "bounces+credly@em.credly.com"),
    body=alt(plain("""Hi Haruka,

You haven't accepted your AWS Certified Security - Specialty badge
yet. Accepting it lets you share and verify it anywhere.

Accept: https://www.credly.com/badges/0c7f2b9e-4d1a-46a0-a0b3-9f5e8d2c7a61/accept
"""), html("""<p>Hi Haruka,</p><p>You haven't accepted your <b>AWS Certified Security - Specialty</b> badge yet.</p>
<p><a href="https://www.credly.com/badges/0c7f2b9e-4d1a-46a0-a0b3-9f5e8d2c7a61/accept">Accept</a></p>""")),
    label=("badge", False, None, []),
    note="Credly reminder nudging an action - badge, no reply.")
