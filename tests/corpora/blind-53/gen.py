#!/usr/bin/env python3
"""Blind held-out corpus (stress set) for the T&C account-merge mail classifier.

Standard library only. Writes NNN-slug.eml / NNN-slug.json (and README.md) next to this file.
One mailbox owner: Kaede Shinohara, personal Gmail + old company (Microsoft 365) address.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "kaede.shinohara.dev@gmail.com"
ME_C = "k-shinohara@tsubame-sol.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

# cases
D = "8865302147"        # 2021, 10 digits, duplicate profiles on the company address
E = "13502274819"       # 2023, 11 digits, console case (voucher)
A = "174168322400517"   # 2025, 15 digits, main merge (APN hold, wrong address, reopen)
B = "174168371900244"   # 2025, duplicate form submission of A
F = "174722815300968"   # 2025, Credly badge / second profile on same address
G = "174991206200133"   # 2025, console case (Builder ID sign-in)

C_OLD = "AWS01927764"   # company certification profile
C_DUP = "AWS02288105"   # 2021 duplicate on company address
C_NEW = "AWS05530971"   # personal profile created 2025-03
C_SSO = "AWS06691207"   # accidental second profile on the personal address
ACCT = "204518837716"   # 12-digit AWS account ID (not a case number)

TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
MIDS = []


# ---------------------------------------------------------------- helpers
def h(s, cs="utf-8"):
    """Encode a header value if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ",.()@:"):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), email)


def leaf(ctype, body, cs="utf-8", cte="8bit"):
    if cs == "iso-2022-jp":
        raw = body.encode("iso-2022-jp")
        if cte not in ("base64", "quoted-printable"):
            cte = "7bit"
    else:
        raw = body.encode(cs)
    if cte == "base64":
        enc = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        enc = quopri.encodestring(raw)
    else:
        enc = raw
    if not enc.endswith(b"\n"):
        enc += b"\n"
    return (['Content-Type: %s; charset="%s"' % (ctype, cs),
             "Content-Transfer-Encoding: %s" % cte], enc)


def text(body, cs="utf-8", cte="8bit"):
    return leaf("text/plain", body, cs, cte)


def html(body, cs="utf-8", cte="quoted-printable"):
    return leaf("text/html", body, cs, cte)


def multi(sub, parts, boundary, extra=""):
    heads = ['Content-Type: multipart/%s;%s boundary="%s"' % (sub, extra, boundary)]
    b = b"This is a multi-part message in MIME format.\n\n"
    for ph, pb in parts:
        b += b"--" + boundary.encode() + b"\n" + "\n".join(ph).encode("ascii") + b"\n\n" + pb
    b += b"--" + boundary.encode() + b"--\n"
    return heads, b


def rfcdate(s):
    return format_datetime(dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z"))


def mid_for(n, kind, date):
    tok = hashlib.sha1(("%s-%s-%s" % (n, kind, date)).encode()).hexdigest()
    if kind == "ses":
        return "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            tok[:12], tok[12:20], tok[20:24], tok[24:28], tok[28:40])
    if kind == "gmail":
        return "<CAH%s%s@mail.gmail.com>" % (tok[:20].upper(), tok[20:34])
    if kind == "outlook":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
            tok[:4].upper(), tok[4:20].upper(), tok[20:24].upper())
    return "<%s.%s@%s>" % (tok[:16], tok[16:28], kind)


def ar_gmail(from_dom, ok=True, mailfrom=None, dkim_dom=None, ip="54.240.8.31"):
    dkim_dom = dkim_dom or from_dom
    mailfrom = mailfrom or ("bounce@" + from_dom)
    if ok:
        return ("Authentication-Results: mx.google.com;\n"
                "       dkim=pass header.i=@%s header.s=s2048a header.b=Qm7pXr2L;\n"
                "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (dkim_dom, mailfrom, ip, mailfrom, from_dom))
    return ("Authentication-Results: mx.google.com;\n"
            "       dkim=fail header.i=@%s header.s=s2048a header.b=Qm7pXr2L;\n"
            "       spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
            % (dkim_dom, mailfrom, ip, mailfrom, from_dom))


def ar_m365(from_dom, ok=True, mailfrom=None, dkim_dom=None, ip="54.240.27.19"):
    dkim_dom = dkim_dom or from_dom
    mailfrom = mailfrom or from_dom
    if ok:
        return ("Authentication-Results: spf=pass (sender IP is %s)\n"
                " smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100"
                % (ip, mailfrom, dkim_dom, from_dom))
    return ("Authentication-Results: spf=fail (sender IP is %s)\n"
            " smtp.mailfrom=%s; dkim=fail (body hash did not verify)\n"
            " header.d=%s;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000"
            % (ip, mailfrom, dkim_dom, from_dom))


SES_MF = "0100018f3a9c2b1e-7d1f@email.amazonses.com"


def ar_aws(box, ok=True, from_dom="amazon.com"):
    if box == "p":
        return ar_gmail(from_dom, ok, mailfrom=SES_MF, dkim_dom=from_dom)
    return ar_m365(from_dom, ok, mailfrom="email.amazonses.com", dkim_dom=from_dom)


def received(box, host, date):
    if box == "p":
        return ("Received: from %s (%s. [54.240.8.31])\n"
                "        by mx.google.com with ESMTPS id d2e1a72fcca58-7a1f%s\n"
                "        for <%s>; %s" % (host, host, hashlib.md5(date.encode()).hexdigest()[:6], ME_P, rfcdate(date)))
    if box == "c":
        return ("Received: from %s (54.240.27.19) by\n"
                " OS0PR01MB5922.jpnprd01.prod.outlook.com with Microsoft SMTP Server; %s"
                % (host, rfcdate(date)))
    return None


def add(slug, kind, needs, case, cands, note, *, frm, to, subj, date, part, box="p",
        cc=None, auth=None, recv_host=None, mid="ses", reply=None, refs=None,
        crlf=False, extra=None, subj_cs="utf-8"):
    n = len(MSGS) + 1
    msgid = mid_for(n, mid, date)
    MIDS.append(msgid)
    hs = []
    if recv_host:
        hs.append(received(box, recv_host, date))
    if auth:
        hs.append(auth)
    hs.append("From: " + frm)
    hs.append("To: " + to)
    if cc:
        hs.append("Cc: " + cc)
    hs.append("Subject: " + h(subj, subj_cs))
    hs.append("Date: " + rfcdate(date))
    hs.append("Message-ID: " + msgid)
    if reply:
        irt = MIDS[reply - 1]
        hs.append("In-Reply-To: " + irt)
        chain = [MIDS[r - 1] for r in (refs or [])] + [irt]
        seen = []
        for c in chain:
            if c not in seen:
                seen.append(c)
        hs.append("References: " + "\n ".join(seen))
    for e in extra or []:
        hs.append(e)
    hs.append("MIME-Version: 1.0")
    ph, pb = part
    raw = "\n".join(hs + ph).encode("ascii") + b"\n\n" + pb
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    label = {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cands}
    MSGS.append((n, slug, raw, label, note))
    return n


def q(body, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in body.split("\n"))


def tc_from(name="Amazon Web Services"):
    return addr(name, TC)


def console_footer(cid, lang="en"):
    if lang == "ja":
        return ("\n\nサポートセンターでこのやり取りを評価してフィードバックをお寄せください。\n"
                "======================\n"
                "このケースについて再度お問い合わせいただくには、以下の URL から AWS サポートセンターにアクセスしてください。\n"
                "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
                "*このメールは受信専用のアドレスから送信されています。このアドレスに返信いただいても受信できません。\n" % cid)
    return ("\n\nWe value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. "
            "Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.\n\n"
            "Best regards,\nAmazon Web Services\n"
            "======================\n"
            "To contact us again about this case, please return to the AWS Support Center using the following URL:\n\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "(If you are connecting by federation, log in before following the link.)\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n" % cid)


# ======================================================================= 2021 (company mailbox)
ack_d = """AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

ケース %s を作成いたしました。担当者より通常24時間以内にご連絡いたします。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。重複したケースは対応の遅れにつながります。

ケースの詳細は以下のとおりです。

ケース ID: %s
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
お問い合わせ内容:
同じ会社メールアドレス (k-shinohara@tsubame-sol.co.jp) で認定アカウントが2つできてしまい、
Credly に最新の認定 (AWS Certified Developer - Associate) が表示されません。
候補ID: %s / %s
統合をお願いできますでしょうか。

AWS トレーニングと認定
https://www.aws.training/certification
""" % (D, D, C_OLD, C_DUP)
n_d1 = add("form-receipt-jp", "acknowledgement", False, D, [C_OLD, C_DUP],
           "Japanese ack (ISO-2022-JP, CRLF); 'do not open another case' is a prohibition, not an ask; form text with two candidate IDs",
           frm=addr("Amazon Web Services", TC), to=ME_C, box="c",
           subj="[CASE %s] [AWS Training and Certification Form Submission] - certification" % D,
           date="2021-06-14 10:12:40 +0000", part=text(ack_d, "iso-2022-jp"),
           auth=ar_aws("c"), recv_host="a27-19.smtp-out.us-west-2.amazonses.com", crlf=True)

mk_jp = """篠原 楓 様

AWS Summit Online Japan 2021 にご登録いただき、誠にありがとうございました。
全セッションの見逃し配信を 7 月 16 日まで公開しております。

▼ 見逃し配信はこちら
https://aws.amazon.com/jp/summits/japan/

資料のダウンロードには AWS Summit のログイン ID が必要です。
本イベントに関するご質問がございましたら、本メールにご返信ください。

アマゾン ウェブ サービス ジャパン合同会社
配信停止: https://pages.awscloud.com/communication-preferences
"""
add("summit-followup", "unrelated", False, None, [],
    "AWS marketing from an amazon.com sender; conditional 'ご質問がございましたら…ご返信ください'",
    frm=addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), to=ME_C, box="c",
    subj="【AWS Summit Online Japan 2021】見逃し配信のご案内", date="2021-06-15 01:00:00 +0000",
    part=text(mk_jp, "utf-8", "quoted-printable"), auth=ar_m365("amazon.com"), recv_host="mail-pages.awscloud.com")

ir_d = """篠原 様

AWS トレーニングと認定サポートの田村でございます。このたびはお問い合わせいただき、ありがとうございます。

ご記載のメールアドレスで検索しましたところ、同じアドレスに紐づく認定アカウントが2件見つかりました。Credly との連携はどちらか一方のアカウントにしか設定できないため、統合の際にはどちらを残すかを決める必要がございます。

ただ、2件とも氏名・住所が同一で、こちらの記録だけではどちらで受験されたかの判別が難しい状況です。
つきましては、お手数ではございますが、CertMetrics にサインインした際に画面右上に表示される候補 ID(AWS から始まる番号)と、直近で受験された試験の受験日を、本メールへのご返信にてお知らせいただけますでしょうか。

確認が取れ次第、統合の手続きに進めさせていただきます。
何卒よろしくお願いいたします。

田村
AWS トレーニングと認定
"""
n_d3 = add("certmetrics-number-jp", "info_request", True, D, [],
           "Japanese keigo info request (base64 UTF-8); ask in the 3rd paragraph after an explanation; no IDs given by support",
           frm=tc_from(), to=ME_C, box="c",
           subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % D,
           date="2021-06-16 02:02:11 +0000", part=text(ir_d, "utf-8", "base64"),
           auth=ar_aws("c"), recv_host="a27-19.smtp-out.us-west-2.amazonses.com", reply=n_d1)

ur_d = """田村様

ご連絡ありがとうございます。篠原です。
サインイン後に表示される候補IDは %s でした。
直近の受験は 2021/05/28 (Developer - Associate) です。

よろしくお願いいたします。

篠原 楓
株式会社つばめソリューションズ クラウド推進部

-----Original Message-----
差出人: Amazon Web Services <%s>
送信日時: 2021年6月16日 11:02
宛先: 篠原 楓 <%s>
件名: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification

%s""" % (C_OLD, TC, ME_C, D, ir_d)
n_d4 = add("re-number-jp", "user_reply", False, D, [C_OLD],
           "owner's Outlook reply (ISO-2022-JP, CRLF, Japanese Outlook header block) quoting the keigo request",
           frm=addr("篠原 楓", ME_C, "iso-2022-jp"), to=TC, box="c", mid="outlook",
           subj="RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % D,
           date="2021-06-16 03:40:02 +0000", part=text(ur_d, "iso-2022-jp"), reply=n_d3, refs=[n_d1],
           crlf=True, subj_cs="iso-2022-jp")

cr_d = """Hi Kaede,

Thanks, that helps. Here's what I'd do:

  keep:     %s  (SAA-C02 passed 2020-11-09, DVA-C01 passed 2021-05-28)
  retire:   %s  (no exam history, created 2021-05-30)

Both are registered to k-shinohara@tsubame-sol.co.jp, so after the merge you'd sign in exactly as you do today, and the Credly connection would point at the surviving profile.

Just say the word and I'll run it -- have I got that the right way round?

Olu A.
AWS Training & Certification

________________________________________
From: 篠原 楓 <%s>
Sent: Wednesday, June 16, 2021 3:40 AM
To: %s
Subject: RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification

%s""" % (C_OLD, C_DUP, ME_C, TC, D, ur_d.split("-----Original Message-----")[0].rstrip() +
         "\n\n-----Original Message-----" + ur_d.split("-----Original Message-----")[1])
n_d5 = add("keep-or-retire", "confirmation_request", True, D, [C_OLD, C_DUP],
           "short top-posted confirmation over long quoted history; no 'please', no Account #1/#2; question phrased as 'have I got that the right way round?'",
           frm=tc_from(), to=ME_C, box="c",
           subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % D,
           date="2021-06-17 14:25:37 +0000", part=text(cr_d, "utf-8", "quoted-printable"),
           auth=ar_aws("c"), recv_host="a27-19.smtp-out.us-west-2.amazonses.com", reply=n_d4, refs=[n_d1, n_d3])

ur_d2 = """That's right - please go ahead.

Kaede

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Thursday, June 17, 2021 11:25 PM
To: 篠原 楓 <%s>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification

%s""" % (TC, ME_C, D, cr_d.split("________________________________________")[0].rstrip())
n_d6 = add("re-keep-or-retire", "user_reply", False, D, [],
           "one-line owner reply; the IDs and the question are only in the quoted part",
           frm=addr("篠原 楓", ME_C), to=TC, box="c", mid="outlook",
           subj="RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % D,
           date="2021-06-17 23:58:10 +0000", part=text(ur_d2, "utf-8", "quoted-printable"),
           reply=n_d5, refs=[n_d1, n_d3, n_d4], crlf=True)

rs_d = """Hi Kaede,

Done. %s has been folded into %s and no longer exists as a separate profile; your exam history and both certifications are on the one you sign in to.

Credly syncs overnight, so the Developer badge may take a day or two to show up. If it still isn't there by Monday, reply here and I'll take another look.

Olu A.
AWS Training & Certification

-----Original Message-----
From: 篠原 楓 <%s>
Sent: Friday, June 18, 2021 8:58 AM
Subject: RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification

%s""" % (C_DUP, C_OLD, ME_C, D, q(ur_d2))
n_d7 = add("done-2021", "resolved", False, D, [C_DUP, C_OLD],
           "resolution with a conditional 'if it still isn't there by Monday, reply'; the earlier question is quoted with '>'",
           frm=tc_from(), to=ME_C, box="c",
           subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % D,
           date="2021-06-18 06:14:55 +0000", part=text(rs_d, "utf-8", "quoted-printable"),
           auth=ar_aws("c"), recv_host="a27-19.smtp-out.us-west-2.amazonses.com", reply=n_d6, refs=[n_d1, n_d3, n_d4, n_d5])

badge1 = """<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="https://images.credly.com/logo.png" alt="Credly"></td></tr>
<tr><td><h2>Kaede, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Developer &ndash; Associate</b> badge.</p>
<p>Accept your badge to share your achievement on LinkedIn, your email signature or your resume.</p>
<p><a href="https://www.credly.com/earner/earned/badge/3f1c9a52-88d0-4b7e-a0e2-51c6d9f0b7aa" style="background:#ff6b00;color:#fff;padding:10px 18px">Accept badge</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777">You are receiving this email because Amazon Web Services Training and Certification issued you a badge. Credly, Inc. 1 Park Avenue, New York</td></tr>
</table></body></html>
"""
add("badge-dva", "badge", False, None, [],
    "Credly HTML-only badge mail (badge UUID in link, 'Accept badge' call to action)",
    frm=addr("Credly", "admin@credly.com"), to=ME_C, box="c",
    subj="Congratulations! You've earned a badge from Amazon Web Services Training and Certification",
    date="2021-06-19 02:31:00 +0000", part=html(badge1), auth=ar_m365("credly.com", ip="167.89.12.4"),
    recv_host="o1.mail.credly.com", mid="credly.com")

sv_d = """<html><body>
<p>Hello,</p>
<p>Your case <b>%s</b> with AWS Training and Certification was recently resolved. We'd like to know how it went.</p>
<p>Would you take two minutes to rate your experience?</p>
<table cellpadding="6"><tr>
<td><a href="https://survey.aws-support-feedback.amazon.com/s?c=%s&r=1">1</a></td>
<td><a href="https://survey.aws-support-feedback.amazon.com/s?c=%s&r=2">2</a></td>
<td><a href="https://survey.aws-support-feedback.amazon.com/s?c=%s&r=3">3</a></td>
<td><a href="https://survey.aws-support-feedback.amazon.com/s?c=%s&r=4">4</a></td>
<td><a href="https://survey.aws-support-feedback.amazon.com/s?c=%s&r=5">5</a></td></tr></table>
<p>Your answers go straight to the team that handled your case.</p>
<p>Amazon Web Services</p></body></html>
""" % ((D,) * 6)
sv_d_t = ("Hello,\n\nYour case %s with AWS Training and Certification was recently resolved. We'd like to know how it went.\n\n"
          "Would you take two minutes to rate your experience? https://survey.aws-support-feedback.amazon.com/s?c=%s\n\n"
          "Your answers go straight to the team that handled your case.\n\nAmazon Web Services\n" % (D, D))
add("how-did-we-do-2021", "survey", False, D, [],
    "survey as multipart/alternative; 'Would you take two minutes' is a question but only a rating request",
    frm=tc_from(), to=ME_C, box="c", subj="How did we do? [CASE %s]" % D,
    date="2021-06-21 09:00:00 +0000",
    part=multi("alternative", [text(sv_d_t, "utf-8", "7bit"), html(sv_d)], "----=_Part_2211_1622"),
    auth=ar_aws("c"), recv_host="a27-19.smtp-out.us-west-2.amazonses.com")

gh = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubame-sol/infra-terraform/pull/412#event-4921187765
You are receiving this because you were mentioned.
"""
add("pr-412", "unrelated", False, None, [],
    "GitHub 'Merged' notification with a Re: subject about merging accounts modules",
    frm=addr("Hiroki Mori", "notifications@github.com"), to=ME_C, box="c",
    subj="Re: [tsubame-sol/infra-terraform] Merge duplicate account modules (#412)",
    date="2021-06-22 05:12:44 +0000", part=text(gh, "utf-8", "7bit"),
    auth=ar_m365("github.com", ip="192.30.252.201"), recv_host="out-21.smtp.github.com", mid="github.com")

# ======================================================================= 2023
bid = """AWS Builder ID のメールアドレスを確認してください

AWS Builder ID の作成をリクエストいただきありがとうございます。以下の確認コードを入力してください。

確認コード: 730214

このコードの有効期限は 10 分です。このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
"""
add("builder-code-2023", "unrelated", False, None, [],
    "Builder ID one-time code (6 digits) in Japanese",
    frm=addr("AWS", "no-reply@signin.aws"), to=ME_P, subj="AWS Builder ID の確認コード",
    date="2023-08-02 12:14:09 +0000", part=text(bid, "utf-8", "base64"),
    auth=ar_gmail("signin.aws"), recv_host="a8-60.smtp-out.amazonses.com")

pv = """Dear Kaede Shinohara,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Registration ID: 482917305
Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date: Tuesday, September 5, 2023
Time: 10:00 AM JST
Location: Online (OnVUE)

If you need to reschedule or cancel, you must do so at least 24 hours before your appointment through your AWS Certification account.

Pearson VUE Customer Service
"""
add("exam-booking", "unrelated", False, None, [],
    "exam-vendor booking confirmation; 9-digit registration ID is not a case number",
    frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_C, box="c",
    subj="Pearson VUE Confirmation of Booking", date="2023-08-21 07:33:12 +0000",
    part=text(pv, "utf-8", "7bit"), auth=ar_m365("pearson.com", ip="159.182.1.10"),
    recv_host="mail.pearson.com", mid="pearson.com")

cm1 = """Dear Kaede Shinohara,

Congratulations! You have successfully completed the AWS Certified Solutions Architect - Professional exam, and you are now AWS Certified.

You can access your digital badge, certificate and certification benefits in your AWS Certification account.
Validation number: 6QW2JK41BEE1QS9G

Your digital badge will be sent by Credly within 5 business days.

Thank you,
AWS Training and Certification
"""
add("sap-passed", "certification", False, None, [],
    "certmetrics pass notice (validation number), mentions Credly badge",
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C, box="c",
    subj="Congratulations! You are now AWS Certified", date="2023-09-06 04:02:50 +0000",
    part=text(cm1, "utf-8", "7bit"), auth=ar_m365("certmetrics.com", ip="52.34.11.7"),
    recv_host="mail.certmetrics.com", mid="certmetrics.com")

ack_e = """Dear Amazon Web Services Customer,

Thank you for contacting AWS Support. We have opened case %s for your request and will respond as soon as possible.

Case ID: %s
Subject: Certification benefit voucher not visible
Severity: General guidance
Account: [AWS ID %s]
Correspondence:
Hi, I passed SAP-C02 on 5 September but the 50%% discount voucher that should appear under Benefits of my certification account is not there. Could you check?

To add more information or check the status of this case, go to the AWS Support Center.
""" % (E, E, ACCT) + console_footer(E)
n_e1 = add("console-new", "acknowledgement", False, E, [],
           "console 'New Support case' (11-digit); owner's own 'Could you check?' sits in the correspondence; 12-digit AWS ID",
           frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
           subj="Amazon Web Services: New Support case: %s" % E, date="2023-09-11 03:20:18 +0000",
           part=text(ack_e, "utf-8", "7bit"), auth=ar_aws("p"), recv_host="a8-31.smtp-out.amazonses.com")

ir_e = """Hello,

Thank you for reaching out. My name is Mariana and I'll be helping you with this.

Certification benefits such as the 50%% exam discount belong to the certification account (the CertMetrics profile) under which the exam was delivered, not to the AWS account %s this case was opened from. It's quite common for the voucher to sit on a different certification profile than the one being looked at, especially when a company address and a personal address have both been used at some point.

To trace it I'll need the candidate ID the SAP-C02 appointment was booked under - "AWS" followed by eight digits, shown at the top right of the certification account. Add it to this case through the Support Center link below; replies to this email don't reach us.

Best regards,
Mariana P.
Amazon Web Services""" % ACCT + console_footer(E)
ir_e_html = "<html><body>" + "".join(
    "<p>%s</p>" % p.replace("\n", "<br>") for p in ir_e.split("\n\n")) + "</body></html>"
n_e2 = add("console-which-profile", "info_request", True, E, [],
           "console info request (multipart/alternative, QP); ask without 'please' in the middle, answer must go to Support Center; feedback footer",
           frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
           subj="RE:[CASE %s] Certification benefit voucher not visible" % E, date="2023-09-12 08:47:03 +0000",
           part=multi("alternative", [text(ir_e, "utf-8", "quoted-printable"), html(ir_e_html)], "==_mimepart_64ffb4c7"),
           auth=ar_aws("p"), recv_host="a8-31.smtp-out.amazonses.com", reply=n_e1)

cl_e = """Hello,

Following up on my note from Tuesday. I haven't seen a candidate ID come through on the case yet, so I'm not able to look up the voucher.

Cases without activity are resolved by the system on their own, and this one is due to wrap up in 3 days. Adding a correspondence in the Support Center before then is all it takes to stop that.

Best regards,
Mariana P.
Amazon Web Services""" + console_footer(E)
add("console-quiet", "closing_notice", True, E, [],
    "console closing notice in unusual wording ('due to wrap up', 'all it takes to stop that'); reply only via Support Center",
    frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
    subj="RE:[CASE %s] Certification benefit voucher not visible" % E, date="2023-09-15 09:02:41 +0000",
    part=text(cl_e, "utf-8", "quoted-printable"), auth=ar_aws("p"), recv_host="a8-31.smtp-out.amazonses.com",
    reply=n_e2, refs=[n_e1])

rs_e = """Hello,

Thanks for adding %s to the case yesterday - that was the missing piece. The voucher was on that profile all along; it had been issued, but the Benefits page wasn't showing it because the profile's notification email still pointed to an old alias. I've corrected that and the 50%% voucher now shows under Benefits, valid until 2024-09-14.

I'm marking this case as resolved.

Best regards,
Mariana P.
Amazon Web Services""" % C_OLD + console_footer(E)
add("console-voucher-found", "resolved", False, E, [C_OLD],
    "resolution that credits what the owner did earlier ('thanks for adding…'); console feedback footer asks for a rating",
    frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
    subj="RE:[CASE %s] Certification benefit voucher not visible" % E, date="2023-09-16 02:18:30 +0000",
    part=text(rs_e, "utf-8", "quoted-printable"), auth=ar_aws("p"), recv_host="a8-31.smtp-out.amazonses.com",
    reply=n_e2, refs=[n_e1])

zd = """##- Please type your reply above this line -##

Your request #48213 "Merge two organizations into one" has been closed.

Kumo Metrics Support (Jun)
Oct 2, 2023, 14:05 JST

Hi Kaede, the two organizations are merged and the duplicate has been removed. We're closing this request now.

If you feel the issue is not solved, reply to this email within 7 days and the request will be reopened.

This email is a service from Kumo Metrics Support.
[VJ4R8K-2LQ0]
"""
add("vendor-request-closed", "unrelated", False, None, [],
    "another vendor's Zendesk 'request closed' about a merge, with 'reply … to reopen'",
    frm=addr("Kumo Metrics Support", "support@kumometrics.zendesk.com"), to=ME_P,
    subj="[Kumo Metrics] Re: Merge two organizations into one (#48213)", date="2023-10-02 05:05:10 +0000",
    part=text(zd, "utf-8", "quoted-printable"), auth=ar_gmail("kumometrics.zendesk.com", ip="192.161.151.5"),
    recv_host="mail-b.zendesk.com", mid="zendesk.com")

# ======================================================================= 2025
bill = """Amazon Web Services をご利用いただきありがとうございます。

アカウント %s の 2025 年 1 月分の請求書を発行しました。

請求金額: USD 3.42
お支払い予定日: 2025 年 2 月 5 日

請求書の詳細は AWS 請求コンソールでご確認いただけます。
https://console.aws.amazon.com/billing/home#/bills

お支払いについてご不明な点がございましたら、AWS サポートセンターからケースを作成してください。

*このメールは受信専用アドレスから送信されています。
""" % ACCT
add("invoice-jan", "unrelated", False, None, [],
    "AWS billing from the same sender as console cases (no-reply-aws@amazon.com), 12-digit account ID, mentions cases",
    frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
    subj="Amazon Web Services 請求書のお知らせ - アカウント %s" % ACCT, date="2025-02-03 11:40:00 +0000",
    part=text(bill, "utf-8", "base64"), auth=ar_aws("p"), recv_host="a8-60.smtp-out.amazonses.com")

it = """篠原 楓 さん

情報システム部です。
退職手続きに伴い、以下のとおり社内アカウントを停止いたします。

  メールアカウント: k-shinohara@tsubame-sol.co.jp
  停止日時: 2025年3月14日(金) 19:00

外部サービス(AWS 認定、各種 SaaS など)に会社のメールアドレスを登録している場合は、
停止日までに登録アドレスの変更をお願いします。停止後は当該アドレス宛のメールを受信できません。

ご不明点がございましたら、本メールにご返信ください。

情報システム部 ヘルプデスク(内線 2201)
"""
add("mailbox-shutdown-notice", "unrelated", False, None, [],
    "company IT notice (Shift_JIS, CRLF) with a real ask and 'AWS 認定' mention, but not support mail",
    frm=addr("情報システム部", "it-helpdesk@tsubame-sol.co.jp", "shift_jis"), to=ME_C, box="c",
    subj="【重要】退職に伴うアカウント停止のお知らせ", date="2025-03-03 00:30:00 +0000",
    part=text(it, "shift_jis"), mid="outlook", crlf=True, subj_cs="shift_jis",
    auth=("Authentication-Results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=tsubame-sol.co.jp;"))

bid2 = """Verify your AWS Builder ID email address

Thank you for creating an AWS Builder ID. Enter this verification code to confirm your email address:

Verification code: 591046

This code expires in 10 minutes. If you didn't request it, you can ignore this message.

Amazon Web Services
"""
add("builder-code-2025", "unrelated", False, None, [],
    "Builder ID verification code, 6 digits",
    frm=addr("AWS", "no-reply@signin.aws"), to=ME_P, subj="Verify your AWS Builder ID email address",
    date="2025-03-10 12:01:55 +0000", part=text(bid2, "utf-8", "7bit"),
    auth=ar_gmail("signin.aws"), recv_host="a8-60.smtp-out.amazonses.com")

tr = """Welcome to AWS Training and Certification, Kaede!

Your account is ready. From here you can:
 - browse 600+ free digital courses in AWS Skill Builder
 - schedule an AWS Certification exam
 - track your certifications and benefits

Need help? Visit https://www.aws.training/support

AWS Training and Certification
"""
add("training-welcome", "unrelated", False, None, [],
    "aws.training welcome mail on the day the new profile was created",
    frm=addr("AWS Training and Certification", "no-reply@aws.training"), to=ME_P,
    subj="Welcome to AWS Training and Certification", date="2025-03-10 12:09:31 +0000",
    part=text(tr, "utf-8", "7bit"), auth=ar_gmail("aws.training"), recv_host="a8-61.smtp-out.amazonses.com")

ack_a = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request. A member of our team will respond, usually within 24 hours.

If you have already opened a case on this matter, please do not open another one for the same request; duplicate cases can delay our response.

The details of your case are as follows:

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Description:
Use Case: I am leaving Tsubame Solutions on 14 March and would like to merge my accounts.
All email addresses you may have used in our system: k-shinohara@tsubame-sol.co.jp, kaede.shinohara.dev@gmail.com
The email address you would like to keep on file: kaede.shinohara.dev@gmail.com
Candidate IDs: %s (old, company) / %s (new, personal)

If there is anything you would like to add, simply reply to this email and keep the case ID in the subject line.

Sincerely,
AWS Training and Certification
""" % (A, A, C_OLD, C_NEW)
n_a1 = add("form-receipt", "acknowledgement", False, A, [C_OLD, C_NEW],
           "ack (15-digit) with 'please do not open another' and a conditional reply invitation",
           frm=tc_from(), to=ME_P, subj="[CASE %s] %s" % (A, TC_SUBJ), date="2025-03-11 08:54:02 +0000",
           part=text(ack_a, "utf-8", "7bit"), auth=ar_aws("p"), recv_host="a8-31.smtp-out.amazonses.com")

ack_b = """Amazon Web Services にお問い合わせいただきありがとうございます。

お客様のリクエストに対応するため、ケース %s を作成しました。担当者から通常 24 時間以内にご連絡いたします。

すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

ケースの詳細は以下のとおりです。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
お問い合わせ内容:
退職予定のため、会社のメールアドレスの認定アカウントを個人のアカウントに統合したいです。
統合元: k-shinohara@tsubame-sol.co.jp(候補ID %s)
統合先: kaede.shinohara.dev@gmail.com(候補IDは確認できませんでした)
※先ほど送信した内容が届いているか分からなかったため、再送しています。

AWS トレーニングと認定
""" % (B, B, C_OLD)
n_b1 = add("form-receipt-again-jp", "acknowledgement", False, B, [C_OLD],
           "second ack for a duplicate form submission (Japanese, base64); owner admits it's a resend",
           frm=tc_from("Amazon Web Services"), to=ME_P, subj="[CASE %s] %s" % (B, TC_SUBJ),
           date="2025-03-11 09:02:07 +0000", part=text(ack_b, "utf-8", "base64"),
           auth=ar_aws("p"), recv_host="a8-31.smtp-out.amazonses.com")

ph1 = """<html><body style="font-family:'Meiryo',sans-serif">
<p><img src="https://aws-certification-merge.com/img/aws_logo.png" alt="AWS"></p>
<p>篠原 楓 様</p>
<p>AWS トレーニングと認定をご利用いただきありがとうございます。</p>
<p>お客様よりアカウント統合のリクエストを受け付けました(受付番号: 1741690021)。統合を完了するには、<b>24時間以内</b>に以下のリンクからご本人確認を行ってください。期限内にご確認いただけない場合、保有している認定資格が失効する場合があります。</p>
<table cellpadding="8"><tr><td style="background:#ff9900"><a href="https://aws-certification-merge.com/verify?id=1741690021" style="color:#000">本人確認を行う</a></td></tr></table>
<p>AWS トレーニングと認定 サポートチーム</p>
</body></html>
"""
add("merge-identity-check-jp", "suspicious", False, None, [],
    "phishing from lookalike domain aws-certification-merge.com (auth passes for that domain), fake 10-digit 受付番号, urgent ask",
    frm=addr("AWS トレーニングと認定", "support@aws-certification-merge.com"), to=ME_P,
    subj="【AWS認定】アカウント統合のご本人確認のお願い", date="2025-03-11 14:48:20 +0000",
    part=html(ph1, "utf-8", "base64"), auth=ar_gmail("aws-certification-merge.com", ip="185.234.72.18"),
    recv_host="mail.aws-certification-merge.com", mid="aws-certification-merge.com")

cu_b = """篠原 様

AWS トレーニングと認定サポートの加藤でございます。

同一内容のお問い合わせを 2 件頂戴しておりました(ケース %s および本ケース %s)。
本件のご対応はケース %s にて担当者が進めておりますので、本ケースは重複としてクローズいたします。

お客様にてご対応いただくことはございません。今後のご連絡はすべてケース %s の件名でお送りいたします。

加藤
AWS トレーニングと認定
""" % (A, B, A, A)
add("duplicate-merged-jp", "case_update", False, B, [],
    "duplicate case closed by support (not for lack of answer, request not yet done); names both 15-digit cases",
    frm=tc_from(), to=ME_P, subj="RE:[CASE %s] %s" % (B, TC_SUBJ), date="2025-03-11 23:40:12 +0000",
    part=text(cu_b, "utf-8", "8bit"), auth=ar_aws("p"), recv_host="a8-31.smtp-out.amazonses.com", reply=n_b1)

oh_a = """Hello Kaede,

I've started on your merge request. Before anything else, one thing I need to flag: the certification account %s is associated with an AWS Partner Network organization (Tsubame Solutions K.K.). Accounts linked to a partner organization are held back from merges while the individual is still associated with that partner, because the partner's certification counts depend on them. I've therefore put the merge on hold and opened an internal request with our APN team.

Your form mentions 14 March. What would move this forward fastest is a short note from you confirming that you are leaving Tsubame Solutions and the date your employment ends - the APN team won't release the association without it.

Regards,
Sandeep K.
AWS Training and Certification
""" % C_OLD
oh_a_html = """<html><body style="font-family:Arial;font-size:14px">
<p>Hello Kaede,</p>
<p>I've started on your merge request. Before anything else, one thing I need to flag: the certification account <b>%s</b> is associated with an AWS Partner Network organization (Tsubame Solutions K.K.). Accounts linked to a partner organization are held back from merges while the individual is still associated with that partner, because the partner's certification counts depend on them. I've therefore put the merge on hold and opened an internal request with our APN team.</p>
<p>Your form mentions 14 March. What would move this forward fastest is a short note from you confirming that you are leaving Tsubame Solutions and the date your employment ends &ndash; the APN team won't release the association without it.</p>
<p>Regards,<br>Sandeep K.<br>AWS Training and Certification</p>
</body></html>
""" % C_OLD
n_a3 = add("partner-hold", "on_hold", True, A, [C_OLD],
           "APN hold sent to the company address; ask phrased as 'what would move this forward fastest is a short note from you'",
           frm=tc_from(), to=ME_C, cc=ME_P, box="c", subj="RE:[CASE %s] %s" % (A, TC_SUBJ),
           date="2025-03-12 02:15:44 +0000",
           part=multi("alternative", [text(oh_a, "utf-8", "quoted-printable"), html(oh_a_html)], "----=_Part_88213_20250312"),
           auth=ar_aws("c"), recv_host="a27-19.smtp-out.us-west-2.amazonses.com", reply=n_a1)

ur_a1 = """Hello Sandeep,

Confirming: I am leaving Tsubame Solutions K.K.; my last working day is 14 March 2025, and this mailbox will be closed that evening. I've copied our APN alliance desk so they're aware.

Please continue with the merge into my personal account.

Kaede Shinohara

差出人: Amazon Web Services <%s>
送信日時: 2025年3月12日 11:15
宛先: 篠原 楓 <%s>
CC: %s
件名: RE:[CASE %s] %s

%s""" % (TC, ME_C, ME_P, A, TC_SUBJ, oh_a)
n_a4 = add("re-partner-hold", "user_reply", False, A, [],
           "owner reply from the company address, cc APN desk; Japanese Outlook header over the quoted hold (with its ID)",
           frm=addr("篠原 楓", ME_C, "iso-2022-jp"), to=TC, cc="apn-admin@tsubame-sol.co.jp", box="c", mid="outlook",
           subj="RE: RE:[CASE %s] %s" % (A, TC_SUBJ), date="2025-03-12 03:05:19 +0000",
           part=text(ur_a1, "iso-2022-jp"), reply=n_a3, refs=[n_a1], crlf=True)

ooo = """お疲れさまです。アライアンス推進室です。

担当者は 3 月 17 日(月)まで不在にしております。
APN(AWS パートナーネットワーク)関連のお問い合わせは、戻り次第順次対応いたします。
お急ぎの場合は 03-5555-0142 までお電話ください。

This is an automatic reply. The alliance desk is away until 17 March.
"""
add("alliance-desk-away-jp", "unrelated", False, None, [],
    "colleague's auto-reply carrying the full case subject and APN wording; Japanese 自動応答",
    frm=addr("APN Alliance Desk", "apn-admin@tsubame-sol.co.jp"), to=ME_C, box="c", mid="outlook",
    subj="自動応答: RE: RE:[CASE %s] %s" % (A, TC_SUBJ), date="2025-03-12 03:05:25 +0000",
    part=text(ooo, "utf-8", "base64"), reply=n_a4, crlf=True,
    extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: apn-admin@tsubame-sol.co.jp"],
    auth=("Authentication-Results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=tsubame-sol.co.jp;"))

ir_a = """Hi Kaede,

Thank you for the quick confirmation, and for copying your alliance desk - that will help on the partner side.

There's one snag on ours. Your reply came from k-shinohara@tsubame-sol.co.jp, which is the address on the profile that is being merged away. Our policy is that the go-ahead for a merge has to come from the mailbox of the profile that will remain, so that nobody with access to a company mailbox can move someone's certifications. I can't attach your note from the company address to the request for that reason.

The same two lines you sent earlier, sent from kaede.shinohara.dev@gmail.com in reply to this message, would do it.

Sandeep K.
AWS Training and Certification
"""
n_a5 = add("from-the-other-mailbox", "info_request", True, A, [],
           "wrong-address request: no 'please', ask in the last sentence ('…would do it') after policy explanation",
           frm=tc_from(), to=ME_P, cc=ME_C, subj="RE:[CASE %s] %s" % (A, TC_SUBJ), date="2025-03-12 06:30:08 +0000",
           part=text(ir_a, "utf-8", "7bit"), auth=ar_aws("p"), recv_host="a8-31.smtp-out.amazonses.com",
           reply=n_a4, refs=[n_a1, n_a3])

ur_a2 = """Hi Sandeep,

Sending this from my personal address: I am leaving Tsubame Solutions K.K. on 14 March 2025 and want my certifications merged into the profile registered to this address (kaede.shinohara.dev@gmail.com).

Thanks,
Kaede

On Wed, Mar 12, 2025 at 3:30 PM Amazon Web Services <%s> wrote:
%s
""" % (TC, q(ir_a))
n_a6 = add("re-from-gmail", "user_reply", False, A, [],
           "owner reply from the personal address, Gmail quoting of the request",
           frm=addr("Kaede Shinohara", ME_P), to=TC, mid="gmail", subj="Re: RE:[CASE %s] %s" % (A, TC_SUBJ),
           date="2025-03-12 07:10:33 +0000",
           part=multi("alternative", [text(ur_a2, "utf-8", "quoted-printable"),
                                      html("<div dir=\"ltr\">" + ur_a2.split("On Wed")[0].replace("\n", "<br>") +
                                           "</div><br><div class=\"gmail_quote\"><blockquote>" +
                                           ir_a.replace("\n", "<br>") + "</blockquote></div>")],
                      "000000000000a81c3f06301b9e2d"),
           reply=n_a5, refs=[n_a1, n_a3, n_a4])

oh2 = """<html><head><style>td{border:1px solid #ccc;padding:6px 10px}</style></head><body style="font-family:Arial;font-size:14px">
<p>Thanks, Kaede &ndash; your confirmation from the personal address is on file.</p>
<table cellspacing="0">
<tr><td><b>Case</b></td><td>%s</td></tr>
<tr><td><b>Status</b></td><td>Pending &ndash; partner association release</td></tr>
<tr><td><b>Waiting on</b></td><td>AWS Partner Network team</td></tr>
<tr><td><b>Typical time</b></td><td>2&ndash;3 business days</td></tr>
</table>
<p>Partner-linked profiles can't be moved until the APN team clears them, so the merge stays paused for now. Nothing is needed from you while it is with them; I'll write again as soon as they respond. You may still see the old profile listed in Partner Central in the meantime &ndash; that's expected.</p>
<p>Claire M.<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#888">Was this response helpful? <a href="https://aws.amazon.com/fb?y">Yes</a> | <a href="https://aws.amazon.com/fb?n">No</a></p>
</body></html>
""" % A
n_a7 = add("waiting-on-apn", "on_hold", False, A, [],
           "HTML-only hold with a status table, explicitly asks nothing; 'Was this response helpful?' footer",
           frm=tc_from(), to=ME_P, cc=ME_C, subj="RE:[CASE %s] %s" % (A, TC_SUBJ), date="2025-03-13 01:20:40 +0000",
           part=html(oh2), auth=ar_aws("p"), recv_host="a8-31.smtp-out.amazonses.com", reply=n_a6,
           refs=[n_a1, n_a3, n_a4, n_a5])

fw = """控え。会社のメールは今日の19時で止まるので、ケースのやり取りを個人アドレスに転送しておく。

________________________________
差出人: Amazon Web Services <%s>
送信日時: 2025年3月12日 11:15
宛先: 篠原 楓 <%s>
CC: %s
件名: RE:[CASE %s] %s

%s""" % (TC, ME_C, ME_P, A, TC_SUBJ, oh_a)
add("fw-to-self-jp", "user_reply", False, A, [],
    "owner forwards the old APN request from company to personal address; the ask and ID are only in the forwarded part",
    frm=addr("篠原 楓", ME_C), to=ME_P, mid="outlook", subj="FW: RE:[CASE %s] %s" % (A, TC_SUBJ),
    date="2025-03-14 08:30:12 +0000", part=text(fw, "utf-8", "quoted-printable"),
    auth=ar_gmail("tsubame-sol.co.jp", mailfrom="k-shinohara@tsubame-sol.co.jp", ip="40.107.74.51"),
    recv_host="mail-tycjpn01on2051.outbound.protection.outlook.com")

mk2 = """AWS Summit Japan 2025 - registration is open

Join us in Makuhari on June 25-26 for two days of keynotes, 150+ sessions and hands-on labs.

Register now: https://aws.amazon.com/jp/summits/japan/

Want the full session agenda as a PDF? Just reply to this email and we'll send it over.

Amazon Web Services Japan G.K.
Unsubscribe: https://pages.awscloud.com/communication-preferences
"""
add("summit-2025", "unrelated", False, None, [],
    "AWS marketing with a 'just reply to this email' invitation",
    frm=addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    subj="Registration is open: AWS Summit Japan 2025", date="2025-03-14 22:00:00 +0000",
    part=text(mk2, "utf-8", "7bit"), auth=ar_gmail("amazon.com", mailfrom="bounce@pages.awscloud.com", ip="199.15.215.7"),
    recv_host="mail-pages.awscloud.com", mid="pages.awscloud.com")

cr_a_t = """Hi Kaede,

Good news: the APN team released the partner association on your old profile this morning, so the merge can go ahead.

These are the two profiles I found:

Account #1
Candidate ID: %s
Login email: kaede.shinohara.dev@gmail.com
Training notification email: kaede.shinohara.dev@gmail.com
Certification notification email: kaede.shinohara.dev@gmail.com

Account #2
Candidate ID: %s
Login email: k-shinohara@tsubame-sol.co.jp
Training notification email: k-shinohara@tsubame-sol.co.jp
Certification notification email: k-shinohara@tsubame-sol.co.jp

A merge moves exam history, certifications, badges and benefits from one profile into the other and deactivates the source. It can't be undone, which is why I'm checking with you first: Account #1 as the one that stays - is that what you want?

Claire M.
AWS Training and Certification
""" % (C_NEW, C_OLD)
cr_a_h = """<html><body style="font-family:Arial;font-size:14px">
<p>Hi Kaede,</p>
<p>Good news: the APN team released the partner association on your old profile this morning, so the merge can go ahead.</p>
<p>These are the two profiles I found:</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>
<tr><td>Login email</td><td>kaede.shinohara.dev@gmail.com</td><td>k-shinohara@tsubame-sol.co.jp</td></tr>
<tr><td>Training notification email</td><td>kaede.shinohara.dev@gmail.com</td><td>k-shinohara@tsubame-sol.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kaede.shinohara.dev@gmail.com</td><td>k-shinohara@tsubame-sol.co.jp</td></tr>
</table>
<p>A merge moves exam history, certifications, badges and benefits from one profile into the other and deactivates the source. It can't be undone, which is why I'm checking with you first: Account #1 as the one that stays &ndash; is that what you want?</p>
<p>Claire M.<br>AWS Training and Certification</p>
</body></html>
""" % (C_NEW, C_OLD)
n_a8 = add("two-profiles", "confirmation_request", True, A, [C_NEW, C_OLD],
           "news ('APN released') + confirmation; HTML side is a table; question at the end of a long paragraph without 'please'",
           frm=tc_from(), to=ME_P, subj="RE:[CASE %s] %s" % (A, TC_SUBJ), date="2025-03-17 05:45:10 +0000",
           part=multi("alternative", [text(cr_a_t, "utf-8", "quoted-printable"), html(cr_a_h)], "----=_Part_91022_20250317"),
           auth=ar_aws("p"), recv_host="a8-31.smtp-out.amazonses.com", reply=n_a7, refs=[n_a1, n_a3, n_a6])

cb = """Hi Kaede,

Your AWS Certified Developer - Associate badge expires on May 28, 2025.

Badges issued by Amazon Web Services Training and Certification expire together with the certification. Recertify before the expiry date to keep displaying your badge.

View badge: https://www.credly.com/badges/9a1e44f0-2d1b-4a3b-8c77-05b0c3e5e1d2

Credly
"""
add("badge-expiring", "badge", False, None, [],
    "Credly expiry reminder (not certmetrics) - badge kind",
    frm=addr("Credly", "admin@credly.com"), to=ME_P, subj="Your badge is expiring soon",
    date="2025-03-18 14:00:00 +0000", part=text(cb, "utf-8", "7bit"),
    auth=ar_gmail("credly.com", mailfrom="bounces@mail.credly.com", ip="167.89.12.4"), recv_host="o1.mail.credly.com",
    mid="credly.com")

cm2 = """<html><body>
<p>Hello Kaede,</p>
<p><b>AWS Certification wants to hear from you.</b></p>
<p>As an AWS Certified individual, your perspective helps shape future exams. Tell us about your experience with the AWS Certification program in a 10-minute survey.</p>
<p><a href="https://aws.certmetrics.com/amazon/survey/2025Q1">Take the survey</a></p>
<p>Thank you,<br>AWS Certification</p>
</body></html>
"""
add("program-survey", "certification", False, None, [],
    "certmetrics feedback invitation about the certification program (looks like a survey but is certification)",
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subj="AWS Certification wants to hear from you", date="2025-03-19 16:30:00 +0000",
    part=html(cm2), auth=ar_gmail("certmetrics.com", ip="52.34.11.7"), recv_host="mail.certmetrics.com",
    mid="certmetrics.com")

cl_a = """Hi Kaede,

Circling back on the note below. The merge is ready to run and is only waiting on your word about Account #1.

Cases that sit without a response for five business days are closed by our system, and for this one that falls on Monday 24 March. A reply here at any point before then keeps it where it is - even a quick "still thinking" is fine.

Claire M.
AWS Training and Certification

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Monday, March 17, 2025 5:45 AM
To: %s
Subject: RE:[CASE %s] %s

%s""" % (TC, ME_P, A, TC_SUBJ, cr_a_t)
n_a9 = add("still-waiting-on-you", "closing_notice", True, A, [],
           "closing notice worded as 'circling back … closed by our system … a reply keeps it where it is', above the Outlook-quoted confirmation",
           frm=tc_from(), to=ME_P, subj="RE:[CASE %s] %s" % (A, TC_SUBJ), date="2025-03-20 06:00:21 +0000",
           part=text(cl_a, "utf-8", "quoted-printable"), auth=ar_aws("p"), recv_host="a8-31.smtp-out.amazonses.com",
           reply=n_a8, refs=[n_a1, n_a3, n_a6, n_a7])

orig_wrong = """Confirmed - please merge into Account #1.

Kaede"""
bounce_t = """** Address not found **

Your message wasn't delivered to aws-certification-support@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <aws-certification-support@amazon.com>: Recipient address rejected: User unknown
"""
bounce_ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: %s

Final-Recipient: rfc822; aws-certification-support@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.10, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <aws-certification-support@amazon.com>: Recipient address rejected: User unknown
""" % rfcdate("2025-03-20 13:04:50 +0000")
bounce_hdrs = """From: Kaede Shinohara <%s>
To: aws-certification-support@amazon.com
Subject: Re: RE:[CASE %s] %s
Date: %s
Message-ID: <CAHQ7M1XbW3pL0r9zK8VdY2n@mail.gmail.com>
""" % (ME_P, A, TC_SUBJ, rfcdate("2025-03-20 13:04:50 +0000"))
add("undeliverable", "unrelated", False, None, [],
    "Gmail bounce (multipart/report) of the owner's 'Confirmed' sent to a wrong address; case subject only in returned headers",
    frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
    subj="Delivery Status Notification (Failure)", date="2025-03-20 13:04:52 +0000", mid="mx.google.com",
    part=multi("report", [text(bounce_t, "utf-8", "7bit"),
                          (["Content-Type: message/delivery-status"], bounce_ds.encode()),
                          (["Content-Type: text/rfc822-headers"], bounce_hdrs.encode())],
               "000000000000bounce5e1a7", extra=" report-type=delivery-status;"),
    extra=["Auto-Submitted: auto-replied"])

ur_a3 = """Hi Claire,

Sorry for the slow answer - yes, Account #1 (the Gmail one) is the one to keep. Please go ahead with the merge.

Kaede

On Thu, Mar 20, 2025 at 3:00 PM Amazon Web Services <%s> wrote:
%s
""" % (TC, q(cl_a))
n_a10 = add("account-one-is-right", "user_reply", False, A, [],
            "owner's go-ahead with an edited subject and no case number; threads only via In-Reply-To/References",
            frm=addr("Kaede Shinohara", ME_P), to=TC, mid="gmail", subj="Re: Account #1 is correct",
            date="2025-03-20 13:08:40 +0000", part=text(ur_a3, "utf-8", "quoted-printable"),
            reply=n_a9, refs=[n_a1, n_a8])

rs_a = """Hello Kaede,

Thanks for the go-ahead yesterday. The merge is complete: the exam history and the four active certifications that were on %s now sit under %s, and the old profile has been deactivated. Sign in with the Builder ID on kaede.shinohara.dev@gmail.com to see everything in one place.

Looking back over the case: you confirmed your leaving date on the 12th, re-sent it from the personal address when I asked, and the APN team released the association on the 17th - so there's nothing pending on either side. Credly usually catches up within 24 hours.

I'm setting this case to resolved.

Best,
Claire M.
AWS Training and Certification

On Thu, Mar 20, 2025 at 1:08 PM Kaede Shinohara <%s> wrote:
%s
""" % (C_OLD, C_NEW, ME_P, q(ur_a3.rstrip()))
n_a11 = add("merge-complete", "resolved", False, A, [C_OLD, C_NEW],
            "resolution recounting what the owner did ('when I asked'), with the whole request chain quoted ('is that what you want?')",
            frm=tc_from(), to=ME_P, subj="RE:[CASE %s] %s" % (A, TC_SUBJ), date="2025-03-21 01:30:00 +0000",
            part=text(rs_a, "utf-8", "quoted-printable"), auth=ar_aws("p"), recv_host="a8-31.smtp-out.amazonses.com",
            reply=n_a10, refs=[n_a1, n_a8, n_a9])

badge2 = """<html><body style="font-family:Arial">
<table width="600" align="center"><tr><td>
<h2>Kaede, you have a new badge from Amazon Web Services Training and Certification</h2>
<p>AWS Certified Solutions Architect &ndash; Professional</p>
<p>Your badge has been transferred to the profile that matches kaede.shinohara.dev@gmail.com.</p>
<p><a href="https://www.credly.com/earner/earned/badge/1b0c2e7f-6a44-4d15-9f5e-0c5d2a8e9b31">View and share your badge</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. | Manage notification settings</p>
</td></tr></table></body></html>
"""
add("badge-sap", "badge", False, None, [],
    "Credly HTML badge mail right after the merge (mentions 'transferred')",
    frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subj="Kaede, you have a new badge from Amazon Web Services Training and Certification",
    date="2025-03-21 02:05:11 +0000", part=html(badge2, "utf-8", "base64"),
    auth=ar_gmail("credly.com", mailfrom="bounces@mail.credly.com", ip="167.89.12.4"), recv_host="o1.mail.credly.com",
    mid="credly.com")

sv_a = """Hello,

Thank you for contacting AWS Training and Certification about case %s.

Please tell us about your experience. The survey has 3 questions and takes about a minute:
https://survey.aws-support-feedback.amazon.com/s?c=%s

Your feedback is anonymous and helps us improve.

AWS Training and Certification
""" % (A, A)
add("rate-us", "survey", False, A, [],
    "post-case survey from the form address, '[CASE …]' in subject",
    frm=tc_from(), to=ME_P, subj="[CASE %s] Tell us how we did" % A, date="2025-03-22 09:00:00 +0000",
    part=text(sv_a, "utf-8", "7bit"), auth=ar_aws("p"), recv_host="a8-31.smtp-out.amazonses.com")

ph2 = """Hello,

We were unable to finalise the merge on case %s because the target certification profile failed our identity verification.

To avoid losing your certification history, confirm your identity within 48 hours:
https://aws-training-verify.net/merge?case=%s

If you do not complete this step the merge will be rolled back.

AWS Training and Certification
""" % (A, A)
add("merge-rollback-warning", "suspicious", False, None, [],
    "spoof with the genuine From address and the real case subject, but dkim/spf/dmarc fail in Authentication-Results",
    frm=tc_from(), to=ME_P, subj="RE:[CASE %s] %s" % (A, TC_SUBJ), date="2025-03-24 18:22:03 +0000",
    part=text(ph2, "utf-8", "7bit"), auth=ar_gmail("amazon.com", ok=False, mailfrom="info@mx3.hostpanel-eu.net", ip="91.215.85.44"),
    recv_host="mx3.hostpanel-eu.net", mid="hostpanel-eu.net")

ur_a4 = """Hi Claire,

Thanks again. One thing I noticed today: the 50%% exam voucher that was on the old profile isn't under Benefits on the merged one. Could you check what happened to it?

Kaede

On Fri, Mar 21, 2025 at 10:30 AM Amazon Web Services <%s> wrote:
%s
""" % (TC, q(rs_a.split("On Thu")[0].rstrip()))
n_a12 = add("voucher-missing", "user_reply", False, A, [],
            "owner reopens by replying to the resolution; contains the owner's own question",
            frm=addr("Kaede Shinohara", ME_P), to=TC, mid="gmail", subj="Re: RE:[CASE %s] %s" % (A, TC_SUBJ),
            date="2025-03-25 11:14:00 +0000", part=text(ur_a4, "utf-8", "quoted-printable"),
            reply=n_a11, refs=[n_a1, n_a10])

cu_a = """Hi Kaede,

Your reply reopened the case and it has come to me. Vouchers are handled by a separate benefits team, so I've sent them the details of both profiles and asked them to check where the voucher went during the merge. They normally come back within two business days, and I'll pass on whatever they say.

If you have an exam booked in the meantime and want us to prioritise this, let us know in this thread.

Naveen R.
AWS Training and Certification
"""
n_a13 = add("reopened", "case_update", False, A, [],
            "reopen notice with progress news and only a conditional invitation ('if you have an exam booked … let us know')",
            frm=tc_from(), to=ME_P, subj="RE:[CASE %s] %s" % (A, TC_SUBJ), date="2025-03-25 23:50:31 +0000",
            part=text(cu_a, "utf-8", "7bit"), auth=ar_aws("p"), recv_host="a8-31.smtp-out.amazonses.com",
            reply=n_a12, refs=[n_a1, n_a11])

nl = """Tech週報 2025/03/26 号

■ 今週の注目記事
1. 転職したら AWS 認定アカウントを統合しよう - 手順まとめ
   フォームから申請すると「Account #1 / Account #2」の一覧が届くので、
   内容を確認して「Confirmed. Please merge to Account #1」と返信すれば完了です。
2. Terraform 1.11 の新機能
3. 生成 AI で社内問い合わせ対応を自動化した話

■ イベント
・JAWS-UG 東京 3 月回(3/29)

配信停止はこちら: https://techweekly.jp/unsubscribe
"""
add("weekly-digest-jp", "unrelated", False, None, [],
    "Japanese newsletter quoting 'Account #1 / Account #2' and 'Confirmed. Please merge to Account #1' (ISO-2022-JP)",
    frm=addr("Tech週報", "newsletter@techweekly.jp", "iso-2022-jp"), to=ME_P,
    subj="Tech週報 2025/03/26 号: 転職したら AWS 認定アカウントを統合しよう", date="2025-03-26 00:00:00 +0000",
    part=text(nl, "iso-2022-jp"), auth=ar_gmail("techweekly.jp", ip="203.0.113.25"), recv_host="mail.techweekly.jp",
    mid="techweekly.jp", subj_cs="iso-2022-jp")

ir_a2 = """Hi Kaede,

News from the benefits team. The voucher did survive the merge, but not the calendar: it was issued on 2023-09-14 with the usual twelve-month validity, was extended once, and lapsed on 2025-03-15 - the day after your last day at Tsubame, which is why you could still see it on the old profile before the merge.

They're willing to issue a fresh 50% voucher as a one-off, given the timing. A new voucher is valid for 90 days from issue, so they'd rather not create it until you're close to booking. Do you want it issued now, or would you prefer to tell us the month you plan to sit your next exam and have it timed for that?

Naveen R.
AWS Training and Certification
"""
n_a14 = add("voucher-timing", "info_request", True, A, [],
            "mixed mail: long progress news, then a choice question (not the merge choice) in the last paragraph",
            frm=tc_from(), to=ME_P, subj="RE:[CASE %s] %s" % (A, TC_SUBJ), date="2025-03-27 04:12:19 +0000",
            part=text(ir_a2, "utf-8", "quoted-printable"), auth=ar_aws("p"), recv_host="a8-31.smtp-out.amazonses.com",
            reply=n_a13, refs=[n_a1, n_a12])

ur_a5 = """Now is fine - I'm planning to sit SCS-C02 in May. Thanks!

Kaede

On Thu, Mar 27, 2025 at 1:12 PM Amazon Web Services <%s> wrote:
%s
""" % (TC, q(ir_a2))
n_a15 = add("issue-now", "user_reply", False, A, [],
            "short owner answer over the quoted question",
            frm=addr("Kaede Shinohara", ME_P), to=TC, mid="gmail", subj="Re: RE:[CASE %s] %s" % (A, TC_SUBJ),
            date="2025-03-27 05:01:44 +0000", part=text(ur_a5, "utf-8", "8bit"), reply=n_a14, refs=[n_a1, n_a13])

rs_a2 = """<html><body style="font-family:Arial;font-size:14px">
<p>Hi Kaede,</p>
<p>The benefits team has issued a new 50%% exam voucher to <b>%s</b>. You'll find it under <i>Benefits</i> in your certification account:</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><td>Benefit</td><td>50%% discount on next certification exam</td></tr>
<tr><td>Issued</td><td>2025-03-28</td></tr>
<tr><td>Valid through</td><td>2025-06-26</td></tr>
</table>
<p>No further action is required on your part, and this case will be marked as resolved. Good luck with SCS-C02 in May!</p>
<p>Naveen R.<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#888">How would you rate this response? <a href="https://aws.amazon.com/fb?r=5">Excellent</a> | <a href="https://aws.amazon.com/fb?r=3">OK</a> | <a href="https://aws.amazon.com/fb?r=1">Poor</a></p>
</body></html>
""" % C_NEW
add("new-voucher-issued", "resolved", False, A, [C_NEW],
    "HTML-only resolution with a table, 'no further action is required' and a rating footer",
    frm=tc_from(), to=ME_P, subj="RE:[CASE %s] %s" % (A, TC_SUBJ), date="2025-03-28 02:40:00 +0000",
    part=html(rs_a2, "utf-8", "base64"), auth=ar_aws("p"), recv_host="a8-31.smtp-out.amazonses.com",
    reply=n_a15, refs=[n_a1, n_a14])

amz = """篠原 楓 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しましたのでお知らせします。

注文番号: 250-4471093-8820417
お届け予定: 2025/04/03

AWS認定 セキュリティ - 専門知識 問題集 (1 点)

配送状況は「注文履歴」からご確認いただけます。

Amazon.co.jp
"""
add("order-shipped-jp", "unrelated", False, None, [],
    "Amazon.co.jp shipping mail (amazon domain, AWS certification book) in Japanese",
    frm=addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), to=ME_P, subj="Amazon.co.jp ご注文の商品を発送しました",
    date="2025-04-02 03:11:00 +0000", part=text(amz, "utf-8", "base64"),
    auth=ar_gmail("amazon.co.jp", ip="52.95.48.12"), recv_host="smtp-out.amazon.co.jp", mid="amazon.co.jp")

cm3 = """Dear Kaede Shinohara,

Congratulations! You have successfully completed the AWS Certified Security - Specialty exam, and you are now AWS Certified.

Validation number: K7PL2Q1XWJ4EQ8V3
Candidate ID: %s

Your digital badge will be issued through Credly within 5 business days.

AWS Training and Certification
""" % C_NEW
add("scs-passed", "certification", False, None, [C_NEW],
    "certmetrics pass notice with a candidate ID (listed, mail belongs to no case)",
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subj="Congratulations! You are now AWS Certified", date="2025-05-09 06:40:13 +0000",
    part=text(cm3, "utf-8", "7bit"), auth=ar_gmail("certmetrics.com", ip="52.34.11.7"), recv_host="mail.certmetrics.com",
    mid="certmetrics.com")

# ------------------------------------------------------------- case F (Credly / second profile)
ack_f = """Hello,

We've received your request and opened case %s. Our team typically responds within 24 hours.

Case ID: %s
Details: I passed SCS-C02 on 8 May (candidate ID %s) but the badge does not appear in Credly, and certification emails have stopped.

If you have anything to add, reply to this email - there's no need to submit the form again.

AWS Training and Certification
""" % (F, F, C_NEW)
n_f1 = add("badge-form-receipt", "acknowledgement", False, F, [C_NEW],
           "ack with the 'RE: [CASE' variant and a different topic; 'if you have anything to add, reply' invitation",
           frm=tc_from(), to=ME_P, subj="RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % F,
           date="2025-05-14 13:09:40 +0000", part=text(ack_f, "utf-8", "7bit"), auth=ar_aws("p"),
           recv_host="a8-31.smtp-out.amazonses.com")

ir_f = """<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>篠原 様</p>
<p>AWS トレーニングと認定サポート窓口の田中と申します。お問い合わせいただきありがとうございます。</p>
<p>Credly のデジタルバッジは、認定アカウントに登録されたメールアドレスと同じアドレスを持つ Credly アカウントに発行されます。%s のアカウントでは、SCS-C02 のバッジは 5 月 9 日に発行済みとなっておりますが、Credly 側で受け取られていない状態でございます。</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>認定</th><th>バッジ発行日</th><th>状態</th></tr>
<tr><td>AWS Certified Security - Specialty</td><td>2025-05-09</td><td>未受領</td></tr>
<tr><td>AWS Certified Solutions Architect - Professional</td><td>2025-03-21</td><td>受領済み</td></tr>
</table>
<p>Credly 側の登録状況を確認するため、Credly にサインインされる際に登録されているメールアドレスを、すべてお知らせいただけますでしょうか(Credly のプロフィール設定 &gt; メールアドレスに表示されます)。</p>
<p>お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。</p>
<p>田中<br>AWS トレーニングと認定</p>
</body></html>
""" % C_NEW
n_f2 = add("credly-addresses-jp", "info_request", True, F, [C_NEW],
           "Japanese HTML-only keigo request with a status table before the ask",
           frm=tc_from(), to=ME_P, subj="RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % F,
           date="2025-05-15 00:55:02 +0000", part=html(ir_f), auth=ar_aws("p"), recv_host="a8-31.smtp-out.amazonses.com",
           reply=n_f1)

ur_f1 = """田中様

ご連絡ありがとうございます。篠原です。
Credly に登録しているメールアドレスは次の 2 つです。

- kaede.shinohara.dev@gmail.com(メイン)
- k-shinohara@tsubame-sol.co.jp(前職。現在は受信できません)

よろしくお願いいたします。

2025年5月15日(木) 9:55 Amazon Web Services <%s>:
> 篠原 様
>
> AWS トレーニングと認定サポート窓口の田中と申します。お問い合わせいただきありがとうございます。
> (略)
> Credly 側の登録状況を確認するため、Credly にサインインされる際に登録されているメールアドレスを、すべてお知らせいただけますでしょうか。
""" % TC
n_f3 = add("re-credly-addresses-jp", "user_reply", False, F, [],
           "owner's Japanese reply with Gmail Japanese quote header, quoting the ask",
           frm=addr("篠原 楓", ME_P), to=TC, mid="gmail",
           subj="Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % F,
           date="2025-05-15 01:40:11 +0000", part=text(ur_f1, "utf-8", "base64"), reply=n_f2, refs=[n_f1])

oh_f = """篠原 様

田中でございます。ご回答いただき、ありがとうございます。

お知らせいただいたメールアドレスをもとに、Credly 社にバッジの発行先の確認を依頼いたしました。
現在は Credly 社からの回答をお待ちしている状態のため、本ケースは一時保留とさせていただきます。

お客様にてご対応いただくことは特にございません。回答が届き次第、あらためてご連絡いたします。
なお、追加でお気づきの点がございましたら、本メールにご返信ください。

田中
AWS トレーニングと認定
"""
n_f4 = add("waiting-on-credly-jp", "on_hold", False, F, [],
           "Japanese hold waiting on Credly (ISO-2022-JP), says nothing is needed, ends with a conditional 'ございましたら…ご返信ください'",
           frm=tc_from(), to=ME_P, subj="RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % F,
           date="2025-05-16 02:20:00 +0000", part=text(oh_f, "iso-2022-jp"), auth=ar_aws("p"),
           recv_host="a8-31.smtp-out.amazonses.com", reply=n_f3, refs=[n_f1, n_f2], crlf=True)

cu_f = """Hi Kaede,

I'm covering for Tanaka-san today and wanted to pass on what Credly found.

Your badges are going to the right Credly account (the Gmail one), but SCS-C02 was recorded against a second certification profile, %s, that was created under kaede.shinohara.dev@gmail.com on 10 March - most likely the first time you signed in with your Builder ID, before the March merge. Notifications for that profile are switched off, which is also why the certification emails stopped.

Tanaka-san will send the details of the two profiles for you to look over shortly.

Tom W.
AWS Training and Certification
""" % C_SSO
n_f5 = add("credly-findings", "case_update", False, F, [C_SSO],
           "progress news from a covering agent; mentions a future ask ('will send … for you to look over') but asks nothing now",
           frm=tc_from(), to=ME_P, subj="RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % F,
           date="2025-05-20 01:05:33 +0000", part=text(cu_f, "utf-8", "7bit"), auth=ar_aws("p"),
           recv_host="a8-31.smtp-out.amazonses.com", reply=n_f4, refs=[n_f1, n_f2, n_f3])

cr_f = """篠原 様

いつもお世話になっております。田中でございます。

本日ご案内のとおり、同じメールアドレスで 2 つの認定アカウントが存在しております。
下記の内容で統合を進めてよろしいか、ご確認ください。

アカウント 1(統合先)
  候補 ID: %s
  ログインメールアドレス: kaede.shinohara.dev@gmail.com
  トレーニング通知用メールアドレス: kaede.shinohara.dev@gmail.com
  認定通知用メールアドレス: kaede.shinohara.dev@gmail.com
  受験履歴: あり(2019年から)

アカウント 2(統合元・統合後は無効化)
  候補 ID: %s
  ログインメールアドレス: kaede.shinohara.dev@gmail.com
  トレーニング通知用メールアドレス: (未設定)
  認定通知用メールアドレス: (未設定)
  受験履歴: SCS-C02(2025年5月8日)

問題がなければ、その旨ご返信ください。

田中
AWS トレーニングと認定
""" % (C_NEW, C_SSO)
n_f6 = add("two-profiles-jp", "confirmation_request", True, F, [C_NEW, C_SSO],
           "Japanese confirmation (Shift_JIS) with アカウント 1/2 listing; plain 〜ください",
           frm=tc_from(), to=ME_P, subj="RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % F,
           date="2025-05-20 05:30:10 +0000", part=text(cr_f, "shift_jis"), auth=ar_aws("p"),
           recv_host="a8-31.smtp-out.amazonses.com", reply=n_f5, refs=[n_f1, n_f2, n_f3, n_f4])

ph3 = """<html><body style="font-family:Arial">
<p>Hi Kaede,</p>
<p>Amazon Web Services Training and Certification has flagged your badge <b>AWS Certified Security &ndash; Specialty</b> for revocation because of a duplicate account.</p>
<p>To keep your badge, re-confirm your account within 24 hours:</p>
<p><a href="https://credly-badges.com/confirm?u=kaede.shinohara.dev">Confirm my account</a></p>
<p>Credly Support</p>
</body></html>
"""
add("badge-revocation-warning", "suspicious", False, None, [],
    "Credly lookalike (credly-badges.com) referring to the real duplicate-profile situation",
    frm=addr("Credly", "admin@credly-badges.com"), to=ME_P, subj="Action needed: your badge will be revoked",
    date="2025-05-21 10:14:00 +0000", part=html(ph3), auth=ar_gmail("credly-badges.com", ip="45.141.87.200"),
    recv_host="mail.credly-badges.com", mid="credly-badges.com")

cl_f = """篠原 様

田中でございます。
5月20日にお送りいたしましたアカウント統合の内容につきまして、その後いかがでしょうか。

本ケースは、5月29日までにご返信をいただけない場合、自動的にクローズとなります。
ご返信をいただけましたら引き続き対応させていただきますので、ご確認のほどよろしくお願いいたします。

田中
AWS トレーニングと認定
"""
n_f7 = add("follow-up-jp", "closing_notice", True, F, [],
           "Japanese keigo closing warning (ISO-2022-JP) opening with a soft 'その後いかがでしょうか'",
           frm=tc_from(), to=ME_P, subj="RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % F,
           date="2025-05-26 01:00:44 +0000", part=text(cl_f, "iso-2022-jp"), auth=ar_aws("p"),
           recv_host="a8-31.smtp-out.amazonses.com", reply=n_f6, refs=[n_f1, n_f5])

cl_f2 = """Hello,

We haven't heard back from you about case %s, so it has now been closed.

Closed isn't final: if you still want the two profiles combined, write back to this message within 14 days and the case will pick up where it left off, with the same agent and history. After that, a new request would be needed.

AWS Training and Certification
""" % F
n_f8 = add("closed-for-now", "closing_notice", True, F, [],
           "'has now been closed' for lack of reply; reopening by reply within 14 days ('Closed isn't final')",
           frm=tc_from(), to=ME_P, subj="RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % F,
           date="2025-05-29 15:00:02 +0000", part=text(cl_f2, "utf-8", "7bit"), auth=ar_aws("p"),
           recv_host="a8-31.smtp-out.amazonses.com", reply=n_f7, refs=[n_f1, n_f6])

ur_f2 = """田中様

返信が遅くなり申し訳ございません。出張中で確認できておりませんでした。
ご提示いただいた内容(アカウント 1 に統合)で問題ございません。
お手数ですが、ケースを再開のうえ統合をお願いいたします。

篠原

2025年5月30日(金) 0:00 Amazon Web Services <%s>:
%s
""" % (TC, q(cl_f2))
n_f9 = add("re-closed-jp", "user_reply", False, F, [],
           "owner's Japanese reply to the closed notice asking to reopen",
           frm=addr("篠原 楓", ME_P), to=TC, mid="gmail",
           subj="Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % F,
           date="2025-05-30 03:22:18 +0000", part=text(ur_f2, "utf-8", "quoted-printable"), reply=n_f8,
           refs=[n_f1, n_f6, n_f7])

rs_f = """篠原 様

田中でございます。ご返信いただき、ありがとうございます。
クローズ後にご連絡いただきましたので、ケースを再開のうえ対応いたしました。

5月15日にお知らせいただいた Credly のメールアドレスをもとに確認し、%s を %s へ統合いたしました。
SCS-C02 を含むすべての受験履歴とバッジは、統合先のアカウントと Credly プロフィールに反映済みです。

本件はこれにて完了とさせていただきます。
その他ご不明な点がございましたら、お気軽にお問い合わせください。

田中
AWS トレーニングと認定

> 田中様
>
> 返信が遅くなり申し訳ございません。出張中で確認できておりませんでした。
> ご提示いただいた内容(アカウント 1 に統合)で問題ございません。
> お手数ですが、ケースを再開のうえ統合をお願いいたします。
""" % (C_SSO, C_NEW)
add("merged-again-jp", "resolved", False, F, [C_SSO, C_NEW],
    "Japanese resolution (UTF-8 8bit) referring to what the owner sent on 15 May; owner's request quoted below",
    frm=tc_from(), to=ME_P, subj="RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % F,
    date="2025-05-31 00:48:27 +0000", part=text(rs_f, "utf-8", "8bit"), auth=ar_aws("p"),
    recv_host="a8-31.smtp-out.amazonses.com", reply=n_f9, refs=[n_f1, n_f8])

badge3 = """Hi Kaede,

Amazon Web Services Training and Certification has issued you a new badge:

  AWS Certified Security - Specialty

View your badge: https://www.credly.com/earner/earned/badge/c4d2e1aa-0f37-4a92-b6f1-7e3a9d55c210

Share it on LinkedIn to let your network know.

Credly
"""
add("badge-scs", "badge", False, None, [],
    "Credly plain-text badge mail",
    frm=addr("Credly", "admin@credly.com"), to=ME_P, subj="You've earned a new badge: AWS Certified Security - Specialty",
    date="2025-05-31 01:10:00 +0000", part=text(badge3, "utf-8", "7bit"),
    auth=ar_gmail("credly.com", mailfrom="bounces@mail.credly.com", ip="167.89.12.4"), recv_host="o1.mail.credly.com",
    mid="credly.com")

sv_f = """篠原 様

AWS トレーニングと認定サポート(ケース %s)をご利用いただき、ありがとうございました。

今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします(所要時間 1 分)。
https://survey.aws-support-feedback.amazon.com/s?c=%s&lang=ja

AWS トレーニングと認定
""" % (F, F)
add("survey-jp", "survey", False, F, [],
    "Japanese survey with 'ご協力をお願いいたします' (a request, but only to rate)",
    frm=tc_from(), to=ME_P, subj="【AWS トレーニングと認定】サポートに関するアンケートのお願い [CASE %s]" % F,
    date="2025-06-02 02:00:00 +0000", part=text(sv_f, "utf-8", "quoted-printable"), auth=ar_aws("p"),
    recv_host="a8-31.smtp-out.amazonses.com")

# ------------------------------------------------------------- case G (console, Builder ID)
ack_g = """AWS サポートにお問い合わせいただきありがとうございます。

ケース %s を作成しました。できるだけ早く回答いたします。

ケース ID: %s
件名: Builder ID のメールアドレス変更後にサインインできない
重要度: 一般的な質問
アカウント: [AWS ID %s]
内容:
Builder ID のメールアドレスを変更したところ、AWS トレーニングと認定にサインインできなくなりました。

このケースに情報を追加したり、状況を確認したりするには、AWS サポートセンターにアクセスしてください。
""" % (G, G, ACCT) + console_footer(G, "ja")
n_g1 = add("console-new-jp", "acknowledgement", False, G, [],
           "Japanese console 'New Support case' (15-digit) with 12-digit AWS ID and feedback text",
           frm=addr("Amazon Web Services", CONSOLE), to=ME_P, subj="Amazon Web Services: New Support case: %s" % G,
           date="2025-06-14 14:41:02 +0000", part=text(ack_g, "utf-8", "base64"), auth=ar_aws("p"),
           recv_host="a8-31.smtp-out.amazonses.com")

cu_g = """Hello,

Thanks for your patience. I was able to reproduce this: when the Builder ID email changed, the link to your certification profile kept pointing at the old email, so the sign-in lands on an empty profile. I've asked our identity team to re-point the link, which is a routine change, and I'll update this case once it's done - typically within a day.

Regards,
Ji-ho L.
Amazon Web Services""" + console_footer(G)
n_g2 = add("console-progress", "case_update", False, G, [],
           "console progress report with the feedback footer 'Please share your experience by rating'",
           frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
           subj="RE:[CASE %s] Builder ID のメールアドレス変更後にサインインできない" % G,
           date="2025-06-15 06:12:00 +0000", part=text(cu_g, "utf-8", "quoted-printable"), auth=ar_aws("p"),
           recv_host="a8-31.smtp-out.amazonses.com", reply=n_g1)

ir_g = """お客様

AWS サポートのイ・ジホです。

Builder ID と認定アカウントの紐づけを修正いたしました。
お手数ですが、一度すべてのブラウザからサインアウトしたうえで、https://www.aws.training/certification に再度サインインしていただき、受験履歴が表示されるかどうかの結果をサポートセンターのケースからお知らせいただけますでしょうか。
本メールへのご返信はお受けできませんので、ご注意ください。

よろしくお願いいたします。""" + console_footer(G, "ja")
n_g3 = add("console-try-again-jp", "info_request", True, G, [],
           "Japanese console request to test sign-in and report in the Support Center; footer says replies to mail aren't received",
           frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
           subj="RE:[CASE %s] Builder ID のメールアドレス変更後にサインインできない" % G,
           date="2025-06-16 02:30:40 +0000", part=text(ir_g, "iso-2022-jp"), auth=ar_aws("p"),
           recv_host="a8-31.smtp-out.amazonses.com", reply=n_g2, refs=[n_g1])

rs_g = """Hello,

Thank you for confirming in the Support Center that you can sign in again and that your exam history is showing. As everything is working now, I'm resolving this case.

Regards,
Ji-ho L.
Amazon Web Services""" + console_footer(G)
add("console-signin-fixed", "resolved", False, G, [],
    "console resolution acknowledging the owner's Support Center answer; rating footer",
    frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
    subj="RE:[CASE %s] Builder ID のメールアドレス変更後にサインインできない" % G,
    date="2025-06-17 08:05:10 +0000", part=text(rs_g, "utf-8", "quoted-printable"), auth=ar_aws("p"),
    recv_host="a8-31.smtp-out.amazonses.com", reply=n_g3, refs=[n_g1])

cm4 = """Dear Kaede Shinohara,

Your AWS Certified Developer - Associate certification will expire on November 28, 2025.

To keep your certification active, pass the current version of the exam or a higher-level exam before the expiration date. Your 50% discount benefit can be applied to a recertification exam.

Visit your AWS Certification account to review your options.

AWS Training and Certification
"""
add("recert-reminder", "certification", False, None, [],
    "certmetrics expiry reminder ('To keep your certification active, pass…')",
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subj="Your AWS Certification expires in 6 months", date="2025-06-20 05:00:00 +0000",
    part=text(cm4, "utf-8", "7bit"), auth=ar_gmail("certmetrics.com", ip="52.34.11.7"), recv_host="mail.certmetrics.com",
    mid="certmetrics.com")

sb = """AWS Skill Builder - Receipt

Thank you for your purchase.

Order: SB-2025-0622-77310
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing period: 2025-06-22 to 2025-07-21

Manage your subscription: https://skillbuilder.aws/subscription

AWS Training and Certification
"""
add("skill-builder-receipt", "unrelated", False, None, [],
    "Skill Builder receipt from aws.training",
    frm=addr("AWS Skill Builder", "no-reply@aws.training"), to=ME_P, subj="Your AWS Skill Builder receipt",
    date="2025-06-22 00:02:31 +0000", part=text(sb, "utf-8", "7bit"), auth=ar_gmail("aws.training"),
    recv_host="a8-61.smtp-out.amazonses.com")

jsm = """<html><body>
<p>Your request <b>SUP-2291</b> has been resolved.</p>
<p><b>Merge our two workspaces into one</b></p>
<p>Riku (Oshiba Cloud Support): Hi Kaede, both workspaces are now merged and all members were moved. We've marked your request as resolved. If anything is missing, reply to this email and the request will be reopened automatically.</p>
<p><a href="https://oshiba.atlassian.net/servicedesk/customer/portal/2/SUP-2291">View request</a> &middot; <a href="https://oshiba.atlassian.net/servicedesk/customer/portal/2/SUP-2291?rate=1">Rate your experience</a></p>
</body></html>
"""
add("vendor-request-resolved", "unrelated", False, None, [],
    "Jira Service Management 'resolved' about a merge at another vendor, with reopen-by-reply and rating link",
    frm=addr("Oshiba Cloud Support", "jira@oshiba.atlassian.net"), to=ME_P,
    subj="[JIRA] (SUP-2291) Merge our two workspaces into one", date="2025-06-25 04:30:00 +0000",
    part=html(jsm), auth=ar_gmail("oshiba.atlassian.net", mailfrom="bounce@e.atlassian.net", ip="18.234.32.150"),
    recv_host="mail-1.atlassian.net", mid="atlassian.net")

ph4 = """Dear AWS Certified Professional,

Our records show that the annual maintenance fee for your AWS Certification has not been paid. Your certifications will be suspended on July 5, 2025 unless payment is received.

Pay now (USD 49): https://certmetrics-verify.com/aws/pay

AWS Certification
do-not-reply@certmetrics-verify.com
"""
add("maintenance-fee", "suspicious", False, None, [],
    "certmetrics lookalike (certmetrics-verify.com) demanding a fee",
    frm=addr("AWS Certification", "do-not-reply@certmetrics-verify.com"), to=ME_P,
    subj="Your AWS Certification will be suspended", date="2025-06-28 21:15:00 +0000",
    part=text(ph4, "utf-8", "7bit"), auth=ar_gmail("certmetrics-verify.com", ip="194.26.29.113"),
    recv_host="mail.certmetrics-verify.com", mid="certmetrics-verify.com")

ft = """Hello,

Your AWS account %s has exceeded 85%% of the usage limit for one or more AWS Free Tier-eligible services for the month of July.

Service: Amazon S3
Usage type: Global-Requests-Tier1
Usage limit: 20,000 Requests

No action is needed if you expect this usage. To view details, visit the Billing and Cost Management console.

Amazon Web Services
""" % ACCT
add("free-tier-alert", "unrelated", False, None, [],
    "AWS Free Tier alert from no-reply-aws@amazon.com with a 12-digit account ID",
    frm=addr("Amazon Web Services", CONSOLE), to=ME_P, subj="AWS Free Tier limit alert",
    date="2025-07-12 09:00:00 +0000", part=text(ft, "utf-8", "7bit"), auth=ar_aws("p"),
    recv_host="a8-60.smtp-out.amazonses.com")


# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    for n, slug, raw, label, note in MSGS:
        base = "%03d-%s" % (n, slug)
        with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, base + ".json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
    write_readme()
    print("wrote %d messages" % len(MSGS))


def write_readme():
    from collections import Counter
    kinds = Counter(m[3]["kind"] for m in MSGS)
    nr = sum(1 for m in MSGS if m[3]["needs_reply"])
    L = ["me: %s %s" % (ME_P, ME_C), "",
         "# Blind held-out corpus (stress set)", "",
         "Owner: Kaede Shinohara (篠原 楓). Personal Gmail + old company address at a Microsoft 365 tenant "
         "(mailbox closed 2025-03-14; later mail goes to Gmail). Regenerate with `python3 gen.py`.", "",
         "## Cases", "",
         "| case | digits | what |", "|---|---|---|",
         "| %s | 10 | 2021 form case: two profiles on the company address; info request, confirmation, merged |" % D,
         "| %s | 11 | 2023 console case (voucher); must be answered in the Support Center; closing notice; resolved |" % E,
         "| %s | 15 | 2025 main merge: ack, APN hold (asks), reply from wrong address, wrong-address request, hold (no ask), confirmation, closing notice, reply threaded only by In-Reply-To, merged, reopened for voucher, info request, resolved |" % A,
         "| %s | 15 | duplicate form submission of %s; closed as duplicate (case_update) |" % (B, A),
         "| %s | 15 | 2025 Credly/second profile: info request (JP HTML), hold on Credly (no ask), news, confirmation (JP), closing warning, closed notice, reply, resolved |" % F,
         "| %s | 15 | 2025 console case (Builder ID): JP ack, progress, JP request answered in Support Center, resolved |" % G,
         "", "Not case numbers: 12-digit AWS account ID %s, 9-digit Pearson VUE registration 482917305, 6-digit codes, fake 10-digit 受付番号 in phishing, Zendesk #48213, Amazon order number." % ACCT,
         "", "Candidate IDs: %s (company), %s (2021 duplicate), %s (personal), %s (accidental second personal profile)." % (C_OLD, C_DUP, C_NEW, C_SSO),
         "", "## Counts", "",
         "%d messages; needs_reply true: %d." % (len(MSGS), nr), "",
         "| kind | n |", "|---|---|"]
    for k in ["acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice", "resolved",
              "survey", "badge", "certification", "user_reply", "case_update", "suspicious", "unrelated"]:
        L.append("| %s | %d |" % (k, kinds.get(k, 0)))
    L += ["", "## Messages", "", "| # | file | kind | reply | case | what makes it hard |", "|---|---|---|---|---|---|"]
    for n, slug, raw, label, note in MSGS:
        L.append("| %03d | %03d-%s | %s | %s | %s | %s |" % (
            n, n, slug, label["kind"], "yes" if label["needs_reply"] else "no", label["case"] or "-",
            note.replace("|", "/")))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
