"""Messages 48-63: case D (Japanese), a spoof, case A reopened for a missing exam."""
from common import *
from part1 import TC, SUBJ_A, ACK_A_ID
from part2 import DONE_ID, FINAL_ID

SUBJ_D = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D
TC_JA = addr("AWS トレーニングと認定", TC_FORM, "iso-2022-jp")
ACK_D = mid("ackD", "cs-mail.amazon.com")
REQ_D = mid("reqD", "cs-mail.amazon.com")
ANS_D = mid("ansD", "yukimail.jp")
REOPEN_ID = mid("reopenA", "yukimail.jp")
ASK_A2 = mid("ask2A", "cs-mail.amazon.com")
ANS_A2 = mid("ans2A", "yukimail.jp")
CONF_A2 = mid("conf2A", "cs-mail.amazon.com")
YES_A2 = mid("yes2A", "yukimail.jp")


def tc_in(d, n):
    return inbound(True, "a8-%d.smtp-out.amazonses.com" % n, "54.240.8.%d" % n, d, "amazon.com",
                   mailfrom="0100019%d@amazonses.com" % n)


REQ_D_TEXT = """森下 楓 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの佐々木でございます。

認定記録に登録されるお名前は、試験当日にご提示いただく本人確認書類の表記と一致している
必要がございます。そのため、修正にあたり以下の2点を確認させていただきたく存じます。

  1. パスポートに記載されているローマ字のお名前(名・姓それぞれ)
  2. 試験のご予約時に入力されたお名前の表記

お手数をおかけいたしますが、本メールにご返信いただけますでしょうか。
ご対応のほど、よろしくお願いいたします。

佐々木 健太
AWS トレーニングと認定 カスタマーサポート"""


def m48():
    d = dt("2025-04-26 01:03:27")
    h = tc_in(d, 34) + [("Message-ID", REQ_D), ("In-Reply-To", ACK_D), ("References", ACK_D),
                        ("Date", d), ("From", TC_JA), ("To", addr(ME_JA, ME_P, "iso-2022-jp")),
                        ("Subject", SUBJ_D)]
    return item(build(h, leaf(REQ_D_TEXT + "\n", charset="iso-2022-jp", cte="7bit")),
                label("info_request", True, CASE_D),
                "Japanese keigo request for the passport spelling of her name",
                "ISO-2022-JP; request as 'ご返信いただけますでしょうか' after an explanation")


def m49():
    d = dt("2025-04-27 09:12:51", "+0900")
    body = """佐々木様

ご連絡ありがとうございます。森下です。

1. パスポートの表記: 名 KAEDE / 姓 MORISHITA
2. 試験予約時の表記: Kaede Morishita(名・姓の順)

候補 ID は %s です。
お手数ですが、修正をよろしくお願いいたします。

森下 楓

2025年4月26日(土) 10:03 AWS トレーニングと認定 <%s>:
%s
""" % (ID_PERS, TC_FORM, quote(REQ_D_TEXT))
    h = [("Message-ID", ANS_D), ("In-Reply-To", REQ_D), ("References", ACK_D + " " + REQ_D),
         ("Date", d), ("From", addr(ME_JA, ME_P)), ("To", TC_FORM), ("Subject", SUBJ_D),
         ("User-Agent", "Yukimail Webmail/5.2")]
    return item(build(h, leaf(body, cte="8bit")),
                label("user_reply", False, CASE_D, [ID_PERS]),
                "Her Japanese answer with the spellings and her candidate ID",
                "8bit UTF-8; Japanese '...より' style attribution; quoted request below")


def m50():
    d = dt("2025-04-30 13:10:44")
    text = """Hello,

We are ready to merge your certification accounts. Please review:

Account #1  - Candidate ID AWS55102938 - login: %s
Account #2  - Candidate ID (pending) - login: (your previous employer address)

To confirm the merge you must sign in with your AWS Builder ID at the secure page below within
24 hours. Requests that are not confirmed are cancelled and exam history may be lost.

https://aws-training-verify.top/builderid/signin?case=174601837700256

AWS Training and Certification Customer Support
""" % ME_P
    h = inbound(True, "smtp.relay-nimbus.top", "45.137.21.9", d, "amazon.com",
                dkim="fail (signature did not verify)", spf="fail", dmarc="fail (p=QUARANTINE)",
                mailfrom="aws-cs-trainingcertification-form@amazon.com") + [
        ("Message-ID", mid("m50", "relay-nimbus.top")), ("Date", d), ("From", TC), ("To", ME_P),
        ("Subject", "RE:[CASE 174601837700256] %s" % TC_SUBJ)]
    return item(build(h, leaf(text, cte="quoted-printable")),
                label("suspicious", False, None, ["AWS55102938"]),
                "Forged T&C form mail: real sender address, DKIM/SPF/DMARC fail, sign-in link",
                "Looks exactly like a confirmation request with a valid-looking 15-digit case; only the authentication results give it away")


def m51():
    d = dt("2025-05-01 02:25:10")
    body = """森下 楓 様

ご返信いただき、ありがとうございます。

いただいた内容をもとに、認定記録の氏名修正を担当チームへ依頼いたしました。
反映までには3〜5営業日ほどかかる見込みでございます。
完了いたしましたら、改めてご連絡申し上げます。

佐々木 健太
AWS トレーニングと認定 カスタマーサポート
"""
    h = tc_in(d, 35) + [("Message-ID", mid("m51", "cs-mail.amazon.com")), ("In-Reply-To", ANS_D),
                        ("References", " ".join([ACK_D, REQ_D, ANS_D])), ("Date", d),
                        ("From", TC_JA), ("To", ME_P), ("Subject", SUBJ_D)]
    return item(build(h, leaf(body, cte="quoted-printable")), label("case_update", False, CASE_D),
                "Japanese update: passed to the records team", "Polite Japanese with 'ご連絡申し上げます' but nothing asked")


def m52():
    d = dt("2025-05-02 06:30:12")
    text = """##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen it, reply to this e-mail within 7 days.

Ayesha (Nimbus Backup Support)
May 2, 2025, 15:30 JST

The restore job for bucket photos-archive failed because the key policy blocked decrypt. We
updated the role and the job finished successfully. Marking this as solved.

Kaede Morishita
Apr 30, 2025, 11:02 JST

Restores from the April 28 snapshot fail with AccessDenied.
"""
    h = inbound(True, "mail.nimbusbackup.zendesk.com", "192.161.151.14", d, "nimbusbackup.io") + [
        ("Message-ID", "<ZB9X4K2L7P_681469a4@nimbusbackup.zendesk.com>"), ("Date", d),
        ("From", addr("Nimbus Backup Support", "support@nimbusbackup.io")), ("To", ME_P),
        ("Subject", "[Nimbus Backup] Re: Restore fails with AccessDenied")]
    return item(build(h, leaf(text, cte="quoted-printable")), label("unrelated", False),
                "Another vendor's ticket marked solved", "'solved', 'reply to reopen', AWS-flavoured content")


def m53():
    d = dt("2025-05-06 00:48:36")
    new = """Hello Morishita-san,

The name on your certification record has been updated to Kaede Morishita (given name first).
Your certificates can be downloaded again from the Certifications page, and the name on your
Credly badges will follow within 24 hours.

No further action is required on your side. Thank you for your patience.

Kenta Sasaki
AWS Training and Certification Customer Support"""
    ans = """佐々木様

ご連絡ありがとうございます。森下です。

1. パスポートの表記: 名 KAEDE / 姓 MORISHITA
2. 試験予約時の表記: Kaede Morishita(名・姓の順)

候補 ID は %s です。""" % ID_PERS
    body = new + "\n\n2025年4月27日(日) 9:12 森下 楓 <%s>:\n%s\n" % (ME_P, quote(ans))
    h = tc_in(d, 36) + [("Message-ID", mid("m53", "cs-mail.amazon.com")), ("In-Reply-To", ANS_D),
                        ("References", " ".join([ACK_D, REQ_D, ANS_D])), ("Date", d),
                        ("From", TC), ("To", ME_P), ("Subject", SUBJ_D)]
    return item(build(h, leaf(body, cte="base64")), label("resolved", False, CASE_D),
                "English resolution of the Japanese name case",
                "Switches to English; candidate ID only in the quoted Japanese reply")


def m54():
    d = dt("2025-05-07 03:00:00")
    body = """森下 楓 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。

ケース番号: %s

今後のサービス向上のため、簡単なアンケートへのご協力をお願いしております。
所要時間は2分ほどです。

https://survey.aws-cs-feedback.amazon.com/s/ja/Rk82Vn?case=%s

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_D, CASE_D)
    h = tc_in(d, 70) + [("Message-ID", mid("m54", "cs-mail.amazon.com")), ("Date", d),
                        ("From", addr("AWS カスタマーフィードバック", "aws-cs-feedback@amazon.com", "iso-2022-jp")),
                        ("To", ME_P), ("Subject", enc("サポートに関するアンケートのお願い", "iso-2022-jp"))]
    return item(build(h, leaf(body, charset="iso-2022-jp", cte="7bit")), label("survey", False, CASE_D),
                "Japanese satisfaction survey for case D", "Polite request ('ご協力をお願い') with a case number")


def m55():
    d = dt("2025-05-07 14:31:08", "+0900")
    body = """AWS認定 ご登録者様

お客様のAWS認定アカウントにおいて、登録氏名の変更が確認されました。
不正利用防止のため、現在アカウントを一時的に停止しております。

24時間以内に下記より本人確認を完了してください。
完了されない場合、保有されている認定資格はすべて失効いたします。

https://aws-nintei-jimukyoku.jp/verify/login

AWS認定事務局
"""
    h = inbound(True, "mail.aws-nintei-jimukyoku.jp", "103.152.118.40", d, "aws-nintei-jimukyoku.jp") + [
        ("Message-ID", mid("m55", "aws-nintei-jimukyoku.jp")), ("Date", d),
        ("From", addr("AWS認定事務局", "info@aws-nintei-jimukyoku.jp", "iso-2022-jp")), ("To", ME_P),
        ("Subject", enc("【重要】AWS認定アカウントの一時停止について", "iso-2022-jp"))]
    return item(build(h, leaf(body, charset="iso-2022-jp", cte="7bit")), label("suspicious", False),
                "Japanese phishing: 'account suspended after name change'",
                "Plausible right after her real name fix; Japanese lookalike domain")


DONE_NEW = """Hi Kaede,

Thanks for confirming. The merge is done: the records from %s and %s now sit under
your account %s, and the two old accounts have been retired.""" % (ID_COMP, ID_SSO, ID_PERS)


def m56():
    d = dt("2025-05-08 21:40:03", "+0900")
    text = """Hi Marisol,

Sorry to come back to this. Everything moved across except one exam: AWS Certified SysOps
Administrator - Associate (SOA-C02), which I passed in October 2022. It is not in the exam
history of %s, and its badge is not in Credly either. Could you take a look?

Kaede

On Tue, Apr 1, 2025 at 2:41 PM AWS Training and Certification <%s> wrote:
%s
> [...]
""" % (ID_PERS, TC_FORM, quote(DONE_NEW))
    h = [("Message-ID", REOPEN_ID), ("In-Reply-To", DONE_ID), ("References", ACK_A_ID + " " + FINAL_ID + " " + DONE_ID),
         ("Date", d), ("From", addr(ME_NAME, ME_P)), ("To", TC), ("Subject", SUBJ_A),
         ("User-Agent", "Yukimail Webmail/5.2")]
    return item(build(h, leaf(text, cte="quoted-printable")),
                label("user_reply", False, CASE_A, [ID_PERS]),
                "She replies to the resolved mail: one exam is missing",
                "Her own request to support ('Could you take a look?') is not a request to her")


def m57():
    d = dt("2025-05-08 12:41:20")
    text = """This is an automated message.

Case %s has been reopened because of your reply, and it is back in the queue of the
team that handled it. You will hear from an agent soon. You do not need to submit a new request.

AWS Training and Certification Customer Support
""" % CASE_A
    h = tc_in(d, 37) + [("Message-ID", mid("m57", "cs-mail.amazon.com")), ("In-Reply-To", REOPEN_ID),
                        ("References", REOPEN_ID), ("Auto-Submitted", "auto-generated"),
                        ("Date", d), ("From", TC), ("To", ME_P), ("Subject", SUBJ_A)]
    return item(build(h, leaf(text, cte="7bit", charset="us-ascii")), label("case_update", False, CASE_A),
                "System notice: case reopened", "Automated, looks like an acknowledgement; reopening is news on an existing case")


ASK2 = """Hello Kaede,

I'm Tomasz and I've picked up your case again.

Some background first, as it explains what I need. An exam result is attached to a certification
account through the name and e-mail address used when the exam was booked. I searched all three
records that were merged in April (%s, %s and %s) and none of them
has ever held a SysOps Administrator result, so the exam must have been booked under a fourth
profile that your form did not mention. Such profiles are quite common when an exam was booked
from a university or a previous employer's address.

Which e-mail address and which spelling of your name did you use when you booked SOA-C02 in 2022?
If you still have the exam vendor's confirmation from that time, its registration number would
help me too.

Regards,
Tomasz W.
AWS Training and Certification - Account Services""" % (ID_PERS, ID_COMP, ID_SSO)


def m58():
    d = dt("2025-05-09 06:15:47")
    html = "<html><body style='font-family:Arial;font-size:13px'>%s</body></html>" % "".join(
        "<p>%s</p>" % p.replace("\n", " ") for p in ASK2.split("\n\n"))
    h = tc_in(d, 38) + [("Message-ID", ASK_A2), ("In-Reply-To", REOPEN_ID),
                        ("References", " ".join([ACK_A_ID, DONE_ID, REOPEN_ID])), ("Date", d),
                        ("From", TC), ("To", ME_P), ("Subject", SUBJ_A)]
    return item(build(h, alt(ASK2 + "\n", html, "m58")),
                label("info_request", True, CASE_A, [ID_PERS, ID_COMP, ID_SSO]),
                "Reopened case: long explanation, then asks which address and name she booked with",
                "Questions buried after a long background paragraph, no 'please'")


def m59():
    d = dt("2025-05-09 19:02:33", "+0900")
    text = """Hi Tomasz,

That explains it. I booked SOA-C02 in October 2022 from my university alumni address,
kaede.morishita@alumni.seiran-u.ac.jp, with the name "Kaede Morishita". The Pearson VUE
registration number on the old confirmation is 382016447.

Thanks,
Kaede

On Fri, May 9, 2025 at 3:15 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC_FORM, quote(ASK2))
    h = [("Message-ID", ANS_A2), ("In-Reply-To", ASK_A2), ("References", " ".join([ACK_A_ID, REOPEN_ID, ASK_A2])),
         ("Date", d), ("From", addr(ME_NAME, ME_P)), ("To", TC), ("Subject", SUBJ_A),
         ("User-Agent", "Yukimail Webmail/5.2")]
    return item(build(h, leaf(text, cte="quoted-printable")), label("user_reply", False, CASE_A),
                "Her answer: the alumni address and the registration number",
                "9-digit exam registration number; candidate IDs only in the quote")


CONF2 = """Hi Kaede,

Thank you, that was the missing piece. Under %s
I found a fourth certification account, %s, which holds the SOA-C02 result from
14 October 2022.

Before I move it, please confirm two things:
  - this account is yours, and
  - it should be merged into %s (%s), like the others.

Regards,
Tomasz W.
AWS Training and Certification - Account Services""" % (
    "kaede.morishita@alumni.seiran-u.ac.jp", ID_UNIV, ID_PERS, ME_P)


def m60():
    d = dt("2025-05-12 01:20:05")
    text = CONF2 + "\n\n-----Original Message-----\nFrom: %s\nSent: 5/9/2025 10:02 AM\n\n" % ME_P + \
        "That explains it. I booked SOA-C02 in October 2022 from my university alumni address,\n" \
        "kaede.morishita@alumni.seiran-u.ac.jp, with the name \"Kaede Morishita\". The Pearson VUE\n" \
        "registration number on the old confirmation is 382016447.\n"
    h = tc_in(d, 39) + [("Message-ID", CONF_A2), ("In-Reply-To", ANS_A2),
                        ("References", " ".join([ACK_A_ID, REOPEN_ID, ASK_A2, ANS_A2])), ("Date", d),
                        ("From", TC), ("To", ME_P), ("Subject", SUBJ_A)]
    return item(build(h, leaf(text, cte="quoted-printable"), crlf=True),
                label("confirmation_request", True, CASE_A, [ID_UNIV, ID_PERS]),
                "Fourth account found; asks her to confirm it is hers and may be merged",
                "Reopened case; confirmation of one extra account, not the Account #1/#2 layout")


YES_TEXT = """Yes, %s is mine. Please merge it into my personal account.

Sent from my iPhone

> On May 12, 2025, at 10:20, AWS Training and Certification <%s> wrote:
>
%s""" % (ID_UNIV, TC_FORM, quote(CONF2))


def m61():
    d = dt("2025-05-12 10:47:19", "+0900")
    text = YES_TEXT + "\n"
    h = [("Message-ID", YES_A2), ("In-Reply-To", CONF_A2), ("References", " ".join([ACK_A_ID, ASK_A2, CONF_A2])),
         ("Date", d), ("From", addr(ME_NAME, ME_P)), ("To", TC), ("Subject", "Re: " + SUBJ_A),
         ("X-Mailer", "iPhone Mail (22E252)")]
    return item(build(h, leaf(text, cte="7bit", charset="us-ascii", fmt="flowed")),
                label("user_reply", False, CASE_A, [ID_UNIV]),
                "Her one-line go-ahead from a phone", "Very short, 'Re: RE:[CASE' subject, long quote")


def m62():
    d = dt("2025-05-13 04:58:50")
    text = """Hi Kaede,

All done. %s has been merged into %s, and SOA-C02 now appears in your exam
history with its original date. The Credly badge should arrive within a day.

I'm setting the case back to resolved. Should you notice anything else, feel free to write back
on this thread.

Regards,
Tomasz W.
AWS Training and Certification - Account Services

On 5/12/2025 1:47 AM, %s wrote:
%s
""" % (ID_UNIV, ID_PERS, ME_P, quote(YES_TEXT))
    h = tc_in(d, 40) + [("Message-ID", mid("m62", "cs-mail.amazon.com")), ("In-Reply-To", YES_A2),
                        ("References", " ".join([ACK_A_ID, ASK_A2, CONF_A2, YES_A2])), ("Date", d),
                        ("From", TC), ("To", ME_P), ("Subject", SUBJ_A)]
    return item(build(h, leaf(text, cte="quoted-printable")),
                label("resolved", False, CASE_A, [ID_UNIV, ID_PERS]),
                "Fourth account merged; case resolved again",
                "Quotes 'please confirm two things'; 'feel free to write back' is conditional")


def m63():
    d = dt("2025-05-13 05:20:31")
    text = """Congratulations, Kaede!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified SysOps Administrator - Associate

Accept your badge: https://www.credly.com/badges/c7d2a611-90fe-4e3b-8b4c-1f6e02a9d5b3/accept
"""
    h = inbound(True, "o1.email.credly.com", "167.89.101.14", d, "credly.com") + [
        ("Message-ID", mid("m63", "credly.com")), ("Date", d),
        ("From", addr("Credly", "admin@credly.com")), ("To", ME_P),
        ("Subject", "Kaede, you've been issued a new badge from Amazon Web Services Training and Certification")]
    return item(build(h, leaf(text, cte="7bit", charset="us-ascii")), label("badge", False),
                "Credly badge for the recovered SysOps exam", "Plain text badge mail just after a resolution")


def messages():
    return [f() for f in (m48, m49, m50, m51, m52, m53, m54, m55, m56, m57, m58, m59, m60,
                          m61, m62, m63)]
