#!/usr/bin/env python3
"""Writes the blind corpus: NNN-msg.eml + NNN-msg.json next to this script.

Standard library only.  Run: python3 gen.py
"""
import hashlib
import json
import os
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import charset as _cs
from email import encoders
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_GMAIL = "kmorioka.home@gmail.com"
ME_WORK = "k.morioka@tsubame-sys.co.jp"
ME_NAME = "Kenta Morioka"
ME_NAME_JA = "森岡 健太"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
NOREPLY = "no-reply-aws@amazon.com"

CASE_F = "14208833761"        # 2023, duplicate accounts on one address (Credly)
CASE_A = "174045512300731"    # 2025, company -> personal merge, APN hold
CASE_D = "174054011900284"    # 2025, duplicate form of CASE_A
CASE_B = "174326598100512"    # 2025, exam discount benefit after merge (reopened)
CASE_C = "8620394715"         # 2025, Support Center (console) case
CASE_EDU = "16029481735"      # AWS Educate case (other program, not tracked)
CASE_FAKE = "174101882200093"  # used by a forged mail

SUBJ_ACCT = "[AWS Training and Certification Form Submission] - account-assistance"
SUBJ_BEN = "[AWS Training and Certification Form Submission] - certification-benefits"
SUBJ_C = "Exam appointment not listed in certification account after merge"

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PST = timezone(timedelta(hours=-8))
PDT = timezone(timedelta(hours=-7))

MIDS = {}
MSGS = []

PNG_1PX = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
           b"\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00"
           b"\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82")


def d(s, tz=UTC):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def h(key, n=16):
    return hashlib.sha1(key.encode()).hexdigest()[:n]


def make_mid(key, domain):
    x = hashlib.sha1(key.encode()).hexdigest()
    if domain == "ses":
        return "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            x[:12], x[12:20], x[20:24], x[24:28], x[28:40])
    if domain == "gmail":
        return "<CAH%s%s@mail.gmail.com>" % (x[:20].upper(), x[20:34])
    if domain == "outlook":
        return "<TYWPR01MB%s%s@TYWPR01MB%s.jpnprd01.prod.outlook.com>" % (
            x[:4].upper(), x[4:20].upper(), x[20:24].upper())
    return "<%s.%s@%s>" % (x[:18], x[18:30], domain)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def tpart(text, sub="plain", charset="utf-8", cte="qp"):
    if charset == "utf-8":
        c = _cs.Charset("utf-8")
        c.body_encoding = _cs.QP if cte == "qp" else _cs.BASE64
        return MIMEText(text, sub, c)
    return MIMEText(text, sub, charset)


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(ch in name for ch in ',.()<>@;:"[]'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


def auth_headers(frm_email, to_email, date, result, sender_ip="54.240.27.44",
                 helo="a27-44.smtp-out.us-west-2.amazonses.com", spf_domain=None):
    """Trace headers a receiving provider would add."""
    fdom = frm_email.split("@")[1]
    spf_domain = spf_domain or ("amazonses.com" if fdom == "amazon.com" else fdom)
    if to_email.endswith("@gmail.com"):
        mx = "mx.google.com"
    else:
        mx = "mx01.tsubame-sys.co.jp"
    rdate = format_datetime(date + timedelta(seconds=3))
    rec = ("from %s (%s. [%s])\n        by %s with ESMTPS id %s\n        for <%s>; %s"
           % (helo, helo, sender_ip, mx, h(frm_email + rdate, 14), to_email, rdate))
    if result == "pass":
        ar = ("%s;\n       dkim=pass header.i=@%s header.s=%s header.b=%s;\n"
              "       spf=pass (%s: domain of bounce@%s designates %s as permitted sender) smtp.mailfrom=bounce@%s;\n"
              "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
              % (mx, fdom, "224i4yxa5v", h(rdate, 8), mx, spf_domain, sender_ip, spf_domain, fdom))
    elif result == "fail":
        ar = ("%s;\n       dkim=fail (signature did not verify) header.i=@%s;\n"
              "       spf=fail (%s: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n"
              "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
              % (mx, fdom, mx, frm_email, sender_ip, frm_email, fdom))
    else:
        return []
    return [("Received", rec), ("Authentication-Results", ar)]


def add(kind, needs, case, cands, key, frm, to, subj, date, text=None, html=None,
        charset="utf-8", cte="qp", mid_dom="ses", irt=None, refs=None, cc=None,
        auth="pass", attach=None, extra=None, crlf=False, raw=None, subj_cs=None,
        sender_ip=None, helo=None, reply_to=None, xmailer=None, rcpt=None):
    """frm/to are (name, email) tuples."""
    mid = make_mid(key, mid_dom)
    MIDS[key] = mid
    if raw is not None:
        data = raw
    else:
        if text is not None and html is not None:
            body = MIMEMultipart("alternative", boundary="----=_Part_%s" % h(key + "alt", 20))
            body.attach(tpart(text, "plain", charset, cte))
            body.attach(tpart(html, "html", charset, cte))
        elif html is not None:
            body = tpart(html, "html", charset, cte)
        else:
            body = tpart(text, "plain", charset, cte)
        if attach:
            outer = MIMEMultipart("mixed", boundary="000000000000%s" % h(key + "mix", 16))
            # drop MIME-Version from inner part (outer carries it)
            del body["MIME-Version"]
            outer.attach(body)
            for fname, ctype, data_bytes in attach:
                mt, st = ctype.split("/")
                p = MIMEBase(mt, st, name=fname)
                p.set_payload(data_bytes)
                encoders.encode_base64(p)
                p.add_header("Content-Disposition", "attachment", filename=fname)
                del p["MIME-Version"]
                outer.attach(p)
            body = outer
        elif isinstance(body, MIMEMultipart):
            for p in body.get_payload():
                del p["MIME-Version"]
        mime_headers = list(body._headers)
        body._headers = []
        scs = subj_cs or ("iso-2022-jp" if charset == "iso-2022-jp" else "utf-8")
        hs = []
        if auth:
            kw = {}
            if sender_ip:
                kw["sender_ip"] = sender_ip
            if helo:
                kw["helo"] = helo
            hs += auth_headers(frm[1], rcpt or (to[0][1] if isinstance(to, list) else to[1]), date, auth, **kw)
        hs.append(("From", addr(frm[0], frm[1], scs)))
        tos = to if isinstance(to, list) else [to]
        hs.append(("To", ", ".join(str(addr(n, e, scs)) for n, e in tos)))
        if cc:
            hs.append(("Cc", ", ".join(str(addr(n, e, scs)) for n, e in cc)))
        if reply_to:
            hs.append(("Reply-To", reply_to))
        hs.append(("Subject", hdr(subj, scs)))
        hs.append(("Date", format_datetime(date)))
        hs.append(("Message-ID", mid))
        if irt:
            hs.append(("In-Reply-To", MIDS[irt]))
            chain = [MIDS[k] for k in (refs or [irt])]
            hs.append(("References", "\n ".join(chain)))
        if xmailer:
            hs.append(("X-Mailer", xmailer))
        for k, v in (extra or []):
            hs.append((k, v))
        mime_headers = [(k, v) for k, v in mime_headers if k != "MIME-Version"]
        body._headers = hs + [("MIME-Version", "1.0")] + mime_headers
        pol = compat32.clone(linesep="\r\n" if crlf else "\n")
        data = body.as_bytes(policy=pol)
    if isinstance(data, str):
        data = data.encode("utf-8")
    MSGS.append((kind, needs, case, cands, data))


# ---------------------------------------------------------------- helpers for AWS text

def console_footer(case):
    return ("\nTo view this case, add correspondence or change its status, go to the Support Center:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "Please don't reply to this message. This mailbox is unattended and messages sent to it "
            "are not delivered to AWS Support.\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
            "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
            "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n" % case)


TC_SIG = ("\nAWS Training and Certification Customer Support\n"
          "https://aws.amazon.com/training/\n")


def build():
    # =========================================================== 2023: case F
    add("unrelated", False, None, [], "bill2310",
        ("Amazon Web Services", NOREPLY), (ME_NAME, ME_WORK),
        "Amazon Web Services Billing Statement Available [Account: 482109375516]",
        d("2023-10-02 08:14:51"),
        text=("Greetings from Amazon Web Services,\n\n"
              "This e-mail confirms that your latest billing statement, for the account ending in 5516, "
              "is available on the AWS web site. Your account will be charged the following:\n\n"
              "Total: $312.48\n\n"
              "You can see a complete breakdown of all charges on the Bills page of the Billing and Cost "
              "Management console:\nhttps://console.aws.amazon.com/billing/home#/bills\n\n"
              "Thank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n\n"
              "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, "
              "Seattle, WA 98109-5210.\n"))

    add("certification", False, None, ["AWS02261837"], "pass2310",
        ("AWS Certification", "do-not-reply@certmetrics.com"), (ME_NAME, ME_WORK),
        "Congratulations! You are now AWS Certified",
        d("2023-10-05 02:31:07"), mid_dom="certmetrics.com",
        helo="mail-out3.certmetrics.com", sender_ip="198.21.4.77",
        text=("Dear Kenta Morioka,\n\n"
              "Congratulations on earning the AWS Certified Solutions Architect - Professional "
              "certification. You passed the exam on October 3, 2023.\n\n"
              "Candidate ID: AWS02261837\nValidation number: 7LQ2XKHD0FE41TWS\n"
              "Certification expires: October 3, 2026\n\n"
              "Your digital badge will be issued through Credly within the next few days. Your certificate "
              "and benefits are available in your AWS Certification Account:\n"
              "https://www.aws.training/Certification\n\n"
              "Sincerely,\nAWS Training and Certification\n"),
        html=("<html><body style=\"font-family:Arial,sans-serif\">"
              "<p>Dear Kenta Morioka,</p>"
              "<p>Congratulations on earning the <b>AWS Certified Solutions Architect - Professional</b> "
              "certification. You passed the exam on October 3, 2023.</p>"
              "<table cellpadding=\"4\"><tr><td>Candidate ID</td><td>AWS02261837</td></tr>"
              "<tr><td>Validation number</td><td>7LQ2XKHD0FE41TWS</td></tr>"
              "<tr><td>Certification expires</td><td>October 3, 2026</td></tr></table>"
              "<p>Your digital badge will be issued through Credly within the next few days. Your certificate "
              "and benefits are available in your <a href=\"https://www.aws.training/Certification\">AWS "
              "Certification Account</a>.</p><p>Sincerely,<br>AWS Training and Certification</p>"
              "</body></html>"))

    add("unrelated", False, None, [], "gh412",
        ("Hiro Tanaka", "notifications@github.com"), ("tsubame-sys/infra-modules", "infra-modules@noreply.github.com"),
        "Re: [tsubame-sys/infra-modules] Refactor account module and merge duplicate IAM roles (PR #412)",
        d("2023-10-05 06:48:12"), mid_dom="github.com", helo="out-21.smtp.github.com",
        sender_ip="192.30.252.204",
        text=("Merged #412 into main.\n\n"
              "--\nReply to this email directly, view it on GitHub:\n"
              "https://github.com/tsubame-sys/infra-modules/pull/412#event-10562283310\n"
              "You are receiving this because you were mentioned.\n"),
        rcpt=ME_WORK,
        extra=[("List-ID", "tsubame-sys/infra-modules <infra-modules.tsubame-sys.github.com>"),
               ("X-GitHub-Reason", "mention")])

    add("unrelated", False, None, [], "news248",
        ("週刊クラウドニュース", "news@cloud-weekly.jp"), (ME_NAME_JA, ME_WORK),
        "【週刊クラウドニュース】第248号 AWS認定に新しい試験が登場",
        d("2023-10-09 07:00:00", JST), charset="shift_jis", mid_dom="cloud-weekly.jp",
        helo="mta2.cloud-weekly.jp", sender_ip="203.0.113.18", subj_cs="shift_jis",
        text=("森岡 健太 様\n\n"
              "いつも週刊クラウドニュースをご購読いただきありがとうございます。\n\n"
              "■今週のトピック\n"
              "1. AWS認定に新しいアソシエイトレベルの試験が追加\n"
              "2. 転職時に知っておきたい「認定アカウントの統合」の手順まとめ\n"
              "3. 各社クラウドの料金改定まとめ(10月版)\n\n"
              "■読者アンケートのお願い\n"
              "今後の記事の参考にさせていただきますので、下記よりご回答ください。\n"
              "https://cloud-weekly.jp/survey/2023-10\n\n"
              "配信停止はこちら: https://cloud-weekly.jp/unsubscribe\n"))

    add("acknowledgement", False, CASE_F, [], "f_ack",
        (TC_NAME, TC), (None, ME_WORK),
        "[CASE %s] %s" % (CASE_F, SUBJ_ACCT), d("2023-10-10 01:12:40"),
        cte="b64",
        text=("AWS トレーニングと認定にお問い合わせいただきありがとうございます。\n\n"
              "お問い合わせを受け付け、ケース %s を作成いたしました。\n"
              "担当者より通常1営業日以内にご連絡いたしますが、内容によってはさらにお時間を頂戴する場合がございます。\n"
              "同じ内容で新しいお問い合わせを作成されますと、対応が遅れる原因となります。"
              "追加の情報がある場合は、このメールにそのままご返信ください。\n\n"
              "お問い合わせ内容:\n"
              "お問い合わせタイプ: 認定\n"
              "その他の詳細: アカウントの統合\n"
              "お問い合わせ内容: 同じメールアドレス(%s)で認定アカウントが2つ作成されてしまい、"
              "新しく合格した認定が Credly のバッジに反映されません。アカウントの統合をお願いできますでしょうか。\n\n"
              "Amazon Web Services\n" % (CASE_F, ME_WORK)))

    f_req_text = ("Hello Kenta,\n\n"
                  "Thank you for reaching out, and apologies for the wait.\n\n"
                  "I searched our records for %s and found more than one certification profile "
                  "attached to it, which explains why the new certification is not reaching your Credly "
                  "wallet. Since several people can share similar names, I want to be certain I am looking "
                  "at the right profiles before anything is changed.\n\n"
                  "Could you let me know the Candidate ID of each profile? It starts with \"AWS\" followed by "
                  "eight digits and is shown in the upper right corner once you sign in at "
                  "https://www.aws.training/Certification. If you can only sign in to one of them, the one "
                  "you can reach is enough for now.\n\n"
                  "Kind regards,\nPriya S.\n" + TC_SIG) % ME_WORK
    add("info_request", True, CASE_F, [], "f_req",
        (TC_NAME, TC), (None, ME_WORK),
        "RE:[CASE %s] %s" % (CASE_F, SUBJ_ACCT), d("2023-10-11 03:40:22"),
        irt="f_ack",
        text=f_req_text,
        html=("<html><body><div style=\"font-family:Amazon Ember,Arial,sans-serif;font-size:14px\">"
              "<p>Hello Kenta,</p><p>Thank you for reaching out, and apologies for the wait.</p>"
              "<p>I searched our records for %s and found more than one certification profile attached to it, "
              "which explains why the new certification is not reaching your Credly wallet. Since several "
              "people can share similar names, I want to be certain I am looking at the right profiles before "
              "anything is changed.</p>"
              "<p>Could you let me know the Candidate ID of each profile? It starts with &quot;AWS&quot; followed "
              "by eight digits and is shown in the upper right corner once you sign in at "
              "<a href=\"https://www.aws.training/Certification\">https://www.aws.training/Certification</a>. "
              "If you can only sign in to one of them, the one you can reach is enough for now.</p>"
              "<p>Kind regards,<br>Priya S.<br><br>AWS Training and Certification Customer Support<br>"
              "<a href=\"https://aws.amazon.com/training/\">https://aws.amazon.com/training/</a></p>"
              "</div></body></html>") % ME_WORK)

    f_rep1 = ("Hello Priya,\n\n"
              "Thank you for looking into this. I was able to sign in to both profiles:\n\n"
              "  - AWS02261837 : created in 2019, holds all of my certifications\n"
              "  - AWS03917540 : created by mistake this year (empty as far as I can see)\n\n"
              "I would like to keep AWS02261837.\n\n"
              "Best regards,\nKenta Morioka\nTsubame Systems Co., Ltd.\n")
    add("user_reply", False, CASE_F, ["AWS02261837", "AWS03917540"], "f_rep1",
        (ME_NAME_JA, ME_WORK), (TC_NAME, TC),
        "RE:[CASE %s] %s" % (CASE_F, SUBJ_ACCT), d("2023-10-11 14:05:33", JST),
        mid_dom="outlook", irt="f_req", refs=["f_ack", "f_req"], auth=None, crlf=True,
        extra=[("Thread-Topic", "[CASE %s] %s" % (CASE_F, SUBJ_ACCT)), ("Content-Language", "ja-JP"),
               ("X-MS-Has-Attach", "")],
        text=f_rep1 + "\n-----Original Message-----\nFrom: AWS Training and Certification <%s>\n"
             "Sent: Wednesday, October 11, 2023 12:40 PM\nTo: %s\nSubject: RE:[CASE %s] %s\n\n%s"
             % (TC, ME_WORK, CASE_F, SUBJ_ACCT, f_req_text))

    f_conf = ("Hi Kenta,\n\n"
              "Thanks for the quick reply. Here is what I found under %s:\n\n"
              "Account #1\n"
              "  Candidate ID: AWS02261837\n"
              "  Login email: %s\n"
              "  Certification notification email: %s\n"
              "  Active certifications: 3\n\n"
              "Account #2\n"
              "  Candidate ID: AWS03917540\n"
              "  Login email: %s\n"
              "  Certification notification email: %s\n"
              "  Active certifications: 0\n\n"
              "When two profiles are combined, the exam history and certifications of Account #2 are moved "
              "into Account #1 and Account #2 can no longer be used to sign in. This cannot be undone.\n\n"
              "If this matches your records, a short reply confirming that Account #1 is the one to keep "
              "is all I need to go ahead.\n\n"
              "Regards,\nPriya S.\n" + TC_SIG) % (ME_WORK, ME_WORK, ME_WORK, ME_WORK, ME_WORK)
    add("confirmation_request", True, CASE_F, ["AWS02261837", "AWS03917540"], "f_conf",
        (TC_NAME, TC), (None, ME_WORK),
        "RE:[CASE %s] %s" % (CASE_F, SUBJ_ACCT), d("2023-10-11 08:52:10"),
        irt="f_rep1", refs=["f_ack", "f_req", "f_rep1"], cte="b64",
        text=f_conf + "\n\n---------- Previous correspondence ----------\n\n" + quote(f_rep1))

    add("user_reply", False, CASE_F, [], "f_rep2",
        (ME_NAME_JA, ME_WORK), (TC_NAME, TC),
        "RE:[CASE %s] %s" % (CASE_F, SUBJ_ACCT), d("2023-10-11 18:21:02", JST),
        mid_dom="outlook", irt="f_conf", refs=["f_ack", "f_req", "f_rep1", "f_conf"], auth=None, crlf=True,
        text=("Hi Priya,\n\nConfirmed - please merge Account #2 into Account #1.\n\nThanks,\nKenta\n\n"
              "-----Original Message-----\nFrom: AWS Training and Certification <%s>\n"
              "Sent: Wednesday, October 11, 2023 5:52 PM\nTo: %s\nSubject: RE:[CASE %s] %s\n\n%s"
              % (TC, ME_WORK, CASE_F, SUBJ_ACCT, f_conf)))

    add("unrelated", False, None, [], "yui_teirei",
        ("長谷川 結衣", "y.hasegawa@tsubame-sys.co.jp"), (ME_NAME_JA, ME_WORK),
        "Re: 来週の定例について", d("2023-10-12 10:03:44", JST), charset="iso-2022-jp",
        mid_dom="outlook", helo="mail-tycjpn01on2071.outbound.protection.outlook.com", sender_ip="40.107.114.71",
        text=("森岡さん\n\nお疲れさまです。長谷川です。\n\n"
              "来週の定例ですが、火曜が祝日明けで会議室が取れなかったので水曜14時に変更でも大丈夫でしょうか。\n"
              "問題なければそのまま招待を送り直します。\n\n"
              "あと、先日お願いした見積もりの件、金曜までに一度見ていただけると助かります。\n\n"
              "長谷川\n"))

    f_upd_prev = ("Hi Priya,\n\nConfirmed - please merge Account #2 into Account #1.\n\nThanks,\nKenta")
    add("case_update", False, CASE_F, [], "f_upd",
        ("AWS トレーニングと認定", TC), (None, ME_WORK),
        "RE:[CASE %s] %s" % (CASE_F, SUBJ_ACCT), d("2023-10-13 05:17:29"),
        charset="iso-2022-jp", irt="f_rep2", refs=["f_ack", "f_req", "f_rep1", "f_conf", "f_rep2"],
        subj_cs="iso-2022-jp",
        text=("森岡 様\n\n"
              "いつもお世話になっております。AWS トレーニングと認定サポートの佐藤でございます。\n\n"
              "ご確認いただきありがとうございます。いただいた内容をもとに、アカウント統合の作業を担当チームへ依頼いたしました。\n"
              "現在お問い合わせが大変混み合っており、完了まで通常よりお時間を頂戴しております。\n"
              "作業が完了しましたら本スレッドにて改めてご連絡いたしますので、今しばらくお待ちくださいませ。\n\n"
              "なお、現時点で森岡様に追加でご対応いただくことはございません。\n\n"
              "佐藤\nAWS トレーニングと認定 カスタマーサポート\n\n"
              "---- 元のメッセージ ----\n" + quote(f_upd_prev) + "\n"
              + quote("Account #1\n  Candidate ID: AWS02261837\nAccount #2\n  Candidate ID: AWS03917540", "> > ")
              + "\n"))

    add("unrelated", False, None, [], "reinvent23",
        ("AWS Events", "aws-marketing-email-replies@amazon.com"), (None, ME_WORK),
        "Last chance: reserve your seat for AWS re:Invent 2023",
        d("2023-10-16 16:30:00"), mid_dom="ses",
        html=("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">"
              "<table width=\"100%\" bgcolor=\"#232f3e\"><tr><td align=\"center\" style=\"color:#fff;"
              "font-size:28px;padding:30px\">AWS re:Invent 2023</td></tr></table>"
              "<table width=\"600\" align=\"center\"><tr><td style=\"font-family:Arial;font-size:15px\">"
              "<p>Hi Kenta,</p><p>Sessions are filling up fast. Reserve your seat for the keynotes, "
              "chalk talks and certification lounge in Las Vegas, November 27 - December 1.</p>"
              "<p>AWS Certified? Bring your badge to the Certification Lounge for exclusive swag.</p>"
              "<p><a href=\"https://reinvent.awsevents.com/register/\" style=\"background:#ff9900;"
              "color:#000;padding:10px 20px;text-decoration:none\">Register now</a></p>"
              "<p style=\"font-size:11px;color:#666\">You are receiving this email because you opted in to "
              "AWS event communications. <a href=\"https://pages.awscloud.com/unsubscribe\">Unsubscribe</a>"
              "<br>Amazon Web Services, Inc. 410 Terry Ave North, Seattle, WA 98109</p>"
              "</td></tr></table></body></html>"))

    add("unrelated", False, None, [], "sb_receipt23",
        ("AWS Skill Builder", "no-reply@aws.training"), (None, ME_WORK),
        "Your AWS Skill Builder receipt (Order 112-8830217-4410629)",
        d("2023-10-18 00:02:11"), mid_dom="aws.training", helo="a9-31.smtp-out.amazonses.com",
        sender_ip="54.240.9.31",
        text=("Thank you for your purchase.\n\n"
              "Order number: 112-8830217-4410629\n"
              "Item: AWS Skill Builder Individual subscription (monthly)\n"
              "Billing period: Oct 18, 2023 - Nov 17, 2023\n"
              "Amount charged: USD 29.00\n\n"
              "Your subscription renews automatically. You can cancel at any time from My Account > "
              "Subscriptions at https://skillbuilder.aws.\n\n"
              "Questions about this charge? Contact us at https://support.aws.amazon.com/#/contacts/aws-training\n"))

    f_res_html = ("<html><body><div style=\"font-family:'Meiryo',sans-serif;font-size:14px\">"
                  "<p>森岡 様</p>"
                  "<p>いつもお世話になっております。AWS トレーニングと認定サポートの佐藤でございます。</p>"
                  "<p>大変お待たせいたしました。候補 ID <b>AWS03917540</b> のアカウントを <b>AWS02261837</b> の"
                  "アカウントへ統合する作業が完了いたしました。試験履歴および保有認定はすべて AWS02261837 "
                  "のアカウントでご確認いただけます。</p>"
                  "<p>Credly のデジタルバッジは、反映まで数時間から1日ほどかかる場合がございます。</p>"
                  "<p>本ケースはこれにてクローズとさせていただきます。その他ご不明な点がございましたら、"
                  "本メールにご返信いただければ対応いたします。</p>"
                  "<p>佐藤<br>AWS トレーニングと認定 カスタマーサポート</p></div></body></html>")
    f_res_text = ("森岡 様\n\n"
                  "いつもお世話になっております。AWS トレーニングと認定サポートの佐藤でございます。\n\n"
                  "大変お待たせいたしました。候補 ID AWS03917540 のアカウントを AWS02261837 のアカウントへ"
                  "統合する作業が完了いたしました。試験履歴および保有認定はすべて AWS02261837 のアカウントで"
                  "ご確認いただけます。\n\n"
                  "Credly のデジタルバッジは、反映まで数時間から1日ほどかかる場合がございます。\n\n"
                  "本ケースはこれにてクローズとさせていただきます。その他ご不明な点がございましたら、"
                  "本メールにご返信いただければ対応いたします。\n\n"
                  "佐藤\nAWS トレーニングと認定 カスタマーサポート\n")
    add("resolved", False, CASE_F, ["AWS03917540", "AWS02261837"], "f_res",
        ("AWS トレーニングと認定", TC), (None, ME_WORK),
        "RE:[CASE %s] %s" % (CASE_F, SUBJ_ACCT), d("2023-10-19 02:44:05"),
        irt="f_upd", refs=["f_ack", "f_req", "f_rep1", "f_conf", "f_rep2", "f_upd"],
        text=f_res_text, html=f_res_html)

    add("badge", False, None, [], "credly23",
        ("Credly", "admin@credly.com"), (None, ME_WORK),
        "Kenta, you've earned a badge from Amazon Web Services Training and Certification",
        d("2023-10-19 04:10:55"), mid_dom="credly.com", helo="o1.email.credly.com", sender_ip="167.89.71.12",
        html=("<html><body style=\"font-family:Helvetica,Arial\"><table width=\"560\" align=\"center\">"
              "<tr><td><img src=\"https://images.credly.com/size/340x340/images/2d84e428-9078-49b6-a804-13c15383d0de/image.png\" width=\"120\"></td></tr>"
              "<tr><td><h2>Congratulations, Kenta!</h2>"
              "<p>Amazon Web Services Training and Certification has issued you the "
              "<b>AWS Certified Solutions Architect &ndash; Professional</b> badge.</p>"
              "<p>Accept your badge to share it on LinkedIn, add it to your email signature, or download it.</p>"
              "<p><a href=\"https://www.credly.com/earner/earned/badge/0c7d4a1e-5b2f-4e60-9a8d-3f1e77b2c954\" "
              "style=\"background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none\">Accept badge</a></p>"
              "<p style=\"font-size:11px;color:#888\">Credly, 50 Broad Street, New York, NY 10004 | "
              "<a href=\"https://www.credly.com/notifications\">Notification settings</a></p>"
              "</td></tr></table></body></html>"))

    add("survey", False, CASE_F, [], "f_survey",
        ("AWS Customer Service", "aws-cs-survey@amazon.com"), (None, ME_WORK),
        "How did we do? Tell us about case %s" % CASE_F, d("2023-10-20 09:00:12"),
        text=("Hello,\n\n"
              "Your recent AWS Training and Certification case (%s) was recently closed. "
              "Would you take two minutes to tell us how we did?\n\n"
              "Start the survey: https://survey.aws.amazon.com/r/tc?case=%s&lang=ja\n\n"
              "The survey is optional. This mailbox does not receive replies; to follow up on your case, "
              "reply to the original case email instead.\n\nThank you,\nAWS Customer Service\n") % (CASE_F, CASE_F))

    add("unrelated", False, None, [], "jb_ticket",
        ("JetBrains Sales Support", "sales-support@jetbrains.com"), (ME_NAME, ME_WORK),
        "[JetBrains] Re: License transfer to a new company account (request #4821563)",
        d("2023-10-24 11:26:40"), mid_dom="jetbrains.zendesk.com", helo="outbyoip2.pod18.usw2.zdsys.com",
        sender_ip="216.198.0.9",
        text=("##- Please type your reply above this line -##\n\n"
              "Your request (#4821563) has been solved. If you don't reply within 7 days, it will be closed "
              "automatically; replying reopens it.\n\n"
              "Marta K. (JetBrains)\nOct 24, 2023, 13:26 CEST\n\n"
              "Hello Kenta,\n\nThe two licenses have been moved to the organization account of Tsubame Systems. "
              "Let us know if anything looks wrong.\n\nBest regards,\nMarta\n\n"
              "This email is a service from JetBrains Sales Support.\n[N9Q3K2-7MZ4]\n"))

    # =========================================================== 2024: program mail
    add("certification", False, None, [], "hear24",
        ("AWS Certification", "do-not-reply@certmetrics.com"), (None, ME_WORK),
        "AWS Certification wants to hear from you", d("2024-03-11 15:02:09"),
        mid_dom="certmetrics.com", helo="mail-out3.certmetrics.com", sender_ip="198.21.4.77",
        text=("Hello Kenta,\n\n"
              "As an AWS Certified individual, your opinion shapes our future exams. We are running a short "
              "survey about how you prepare for and use your certifications at work. It takes about ten "
              "minutes.\n\nTake the survey: https://amazonexteu.qualtrics.com/jfe/form/SV_cert24\n\n"
              "Participation is voluntary and does not affect your certification status.\n\n"
              "AWS Training and Certification\n\n"
              "To stop receiving these messages, update your preferences in your AWS Certification Account.\n"))

    add("unrelated", False, None, ["AWS02261837"], "pvue24",
        ("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), (ME_NAME, ME_WORK),
        "Confirmation of your exam appointment - AWS Certified DevOps Engineer - Professional",
        d("2024-05-02 12:44:30"), mid_dom="pearson.com", helo="mx0b-002e1301.pphosted.com",
        sender_ip="148.163.151.91", cte="b64",
        text=("Dear Kenta Morioka,\n\n"
              "Thank you for scheduling your exam with Pearson VUE.\n\n"
              "Exam: DOP-C02 AWS Certified DevOps Engineer - Professional\n"
              "Registration ID: 412907735\n"
              "Candidate ID: AWS02261837\n"
              "Date and time: Saturday, May 18, 2024 at 10:00 AM JST\n"
              "Location: Pearson Professional Centers - Tokyo Shinjuku\n\n"
              "Please arrive 15 minutes before your appointment with two forms of identification. "
              "To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours in advance.\n\n"
              "Pearson VUE\n"))

    add("certification", False, None, [], "recert24",
        ("AWS Certification", "do-not-reply@certmetrics.com"), (None, ME_WORK),
        "Your AWS Certification has been renewed",
        d("2024-05-20 03:15:44"), mid_dom="certmetrics.com", helo="mail-out3.certmetrics.com",
        sender_ip="198.21.4.77",
        text=("Dear Kenta Morioka,\n\n"
              "Well done! By passing AWS Certified DevOps Engineer - Professional, you have also renewed "
              "AWS Certified Developer - Associate. Both are now valid until May 18, 2027.\n\n"
              "Your updated certificates and a new 50% exam discount benefit are waiting in the Benefits "
              "section of your AWS Certification Account.\n\n"
              "AWS Training and Certification\n"),
        html=("<html><body><p>Dear Kenta Morioka,</p><p>Well done! By passing <b>AWS Certified DevOps "
              "Engineer - Professional</b>, you have also renewed <b>AWS Certified Developer - Associate</b>. "
              "Both are now valid until May 18, 2027.</p><p>Your updated certificates and a new 50% exam "
              "discount benefit are waiting in the Benefits section of your AWS Certification Account.</p>"
              "<p>AWS Training and Certification</p></body></html>"))

    add("badge", False, None, [], "credly24",
        ("Credly", "admin@credly.com"), (None, ME_WORK),
        "Amazon Web Services Training and Certification sent you a new badge",
        d("2024-05-21 01:27:18"), mid_dom="credly.com", helo="o1.email.credly.com", sender_ip="167.89.71.12",
        text=("Hi Kenta,\n\n"
              "Amazon Web Services Training and Certification has issued you a badge:\n"
              "AWS Certified DevOps Engineer - Professional\n\n"
              "Claim it here: https://www.credly.com/earner/earned/badge/7a1b93c0-22de-4f8e-b6a4-5e0d1c9f8812\n\n"
              "Once accepted, your badge can be shared on LinkedIn, X and other networks.\n\n"
              "- The Credly Team\n"))

    add("suspicious", False, None, [], "fake_credly",
        ("Credly Notifications", "badges@credly-notice.com"), (None, ME_WORK),
        "Action required: 3 of your AWS badges will be revoked",
        d("2024-07-08 22:51:03"), mid_dom="credly-notice.com", helo="vps-31.hostzone-eu.net",
        sender_ip="185.220.101.47",
        html=("<html><body><p>Dear Badge Earner,</p>"
              "<p>Our records show that the email address on your Credly wallet no longer matches your "
              "AWS Certification account. To avoid <b>permanent revocation</b> of your AWS badges within "
              "48 hours, please verify your identity now.</p>"
              "<p><a href=\"https://credly-notice.com/verify/login?u=kmorioka\">Verify my badges</a></p>"
              "<p>If you have questions, reply to this email with your AWS Builder ID and password so our "
              "team can reconcile your account.</p><p>Credly Trust &amp; Safety</p></body></html>"))

    add("unrelated", False, None, [], "edu_req",
        ("AWS Educate", "aws-cs-educate-form@amazon.com"), (None, ME_WORK),
        "RE:[CASE %s] [AWS Educate Form Submission] - account-access" % CASE_EDU,
        d("2024-09-12 19:08:26"),
        text=("Hello,\n\n"
              "Thank you for contacting AWS Educate. I'm sorry to hear you can't sign in.\n\n"
              "Could you confirm the email address you originally used to register for AWS Educate, and "
              "whether you registered as an educator or as a learner? Once I have that, I can reset the "
              "account link.\n\nBest,\nJonas\nAWS Educate Support\n"))

    add("certification", False, None, [], "expiry24",
        ("AWS Certification", "do-not-reply@certmetrics.com"), (None, ME_WORK),
        "Your AWS Certification expires in 90 days",
        d("2024-11-15 14:00:31"), mid_dom="certmetrics.com", helo="mail-out3.certmetrics.com",
        sender_ip="198.21.4.77",
        text=("Hello Kenta,\n\n"
              "Your AWS Certified Solutions Architect - Associate certification will expire on "
              "February 13, 2025.\n\n"
              "To keep it active, pass the current version of the exam or a higher-level exam in the same "
              "path before that date. Recertification options and your 50% discount benefit are listed in "
              "your AWS Certification Account.\n\n"
              "Please do not reply to this email.\nAWS Training and Certification\n"))

    add("unrelated", False, None, [], "reinvent24ja",
        ("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), (None, ME_WORK),
        "AWS re:Invent 2024 の主要発表をまとめてチェック",
        d("2024-12-09 01:00:00"), cte="b64",
        html=("<html><head><meta charset=\"utf-8\"></head><body>"
              "<table width=\"600\" align=\"center\" style=\"font-family:'Hiragino Sans',Meiryo\">"
              "<tr><td><h1 style=\"font-size:22px\">re:Invent 2024 リキャップ</h1>"
              "<p>森岡 様</p><p>今年の re:Invent で発表された新サービスとアップデートを、日本語の解説付きで"
              "まとめました。オンデマンドのセッション動画も公開中です。</p>"
              "<p><a href=\"https://aws.amazon.com/jp/events/reinvent-recap/\">リキャップを見る</a></p>"
              "<p style=\"font-size:11px;color:#777\">このメールは配信を希望された方にお送りしています。"
              "配信停止は<a href=\"https://pages.awscloud.com/unsubscribe\">こちら</a>。<br>"
              "アマゾン ウェブ サービス ジャパン合同会社</p></td></tr></table></body></html>"))

    # =========================================================== 2025: leaving the company
    add("unrelated", False, None, [], "hr_taishoku",
        ("人事部", "jinji@tsubame-sys.co.jp"), (ME_NAME_JA, ME_WORK),
        "【ご案内】退職に伴う各種手続きについて", d("2025-02-20 09:30:00", JST),
        charset="iso-2022-jp", mid_dom="outlook",
        helo="mail-tycjpn01on2071.outbound.protection.outlook.com", sender_ip="40.107.114.71",
        text=("森岡 健太 様\n\n"
              "人事部の木下です。退職日(2025年3月31日)に向けた手続きについてご案内いたします。\n\n"
              "1. 貸与PC・入館証の返却: 3月31日 17時まで\n"
              "2. 社用メールアカウント: 4月1日 0時に停止いたします\n"
              "3. 源泉徴収票の送付先住所: 下記フォームよりご登録ください\n"
              "   https://forms.tsubame-sys.co.jp/hr/address\n\n"
              "社用メールアドレスで登録している外部サービスがある場合は、停止前に変更をお済ませください。\n"
              "ご不明な点は人事部までご返信ください。\n\n"
              "人事部 木下\n"))

    add("unrelated", False, None, [], "builderid",
        ("AWS", "no-reply@signin.aws"), (None, ME_GMAIL),
        "Verify your AWS Builder ID email address", d("2025-02-25 03:02:17"),
        mid_dom="signin.aws", helo="a48-112.smtp-out.amazonses.com", sender_ip="54.240.48.112",
        text=("Hello,\n\n"
              "Use the following code to finish creating your AWS Builder ID:\n\n"
              "    482915\n\n"
              "This code expires in 10 minutes. If you didn't ask for this code, you can ignore this message.\n\n"
              "Amazon Web Services\n"))

    a_ack = ("Hello,\n\n"
             "Thank you for contacting AWS Training and Certification. We have opened case %s for your "
             "request.\n\n"
             "We usually respond within 24 hours, though some requests need more time to look into. "
             "Please keep all follow-up on this email thread: opening another case for the same request "
             "sends it back to the end of the queue.\n\n"
             "Your submission:\n"
             "Inquiry type: Certification\n"
             "Additional details: Account Merge\n"
             "AWS Candidate ID: AWS02261837\n"
             "Description: I am leaving my current employer at the end of March and would like to move my "
             "certifications to my personal account. Company address: %s. Personal address "
             "(keep this one): %s.\n\n"
             "Sincerely,\nAmazon Web Services\n") % (CASE_A, ME_WORK, ME_GMAIL)
    add("acknowledgement", False, CASE_A, ["AWS02261837"], "a_ack",
        (TC_NAME, TC), (None, ME_GMAIL),
        "[CASE %s] %s" % (CASE_A, SUBJ_ACCT), d("2025-02-25 03:25:41"), text=a_ack)

    add("unrelated", False, None, [], "pragcloud",
        ("The Pragmatic Cloud", "pragmaticcloud@substack.com"), (None, ME_GMAIL),
        "Issue #131: Stop merging your Terraform states by hand",
        d("2025-02-25 14:05:00"), mid_dom="substack.com", helo="mail-out.substack.com", sender_ip="167.89.22.40",
        text=("The Pragmatic Cloud - Issue #131\n\n"
              "This week: why merging Terraform state files by hand ends badly, three ways to cut NAT gateway "
              "costs, and a reader question about moving certifications between employers.\n\n"
              "Reader question: \"Do my AWS certifications belong to me or to my company?\" Short answer: to "
              "you. Ask support to combine the profiles before your work address goes away.\n\n"
              "Reply to this email to send us your own questions - we read everything.\n\n"
              "Unsubscribe: https://pragmaticcloud.substack.com/action/disable_email\n"),
        extra=[("List-Unsubscribe", "<https://pragmaticcloud.substack.com/action/disable_email>")])

    d_ack = ("Hello,\n\n"
             "Thank you for contacting AWS Training and Certification. We have opened case %s for your "
             "request.\n\n"
             "We usually respond within 24 hours, though some requests need more time to look into. "
             "Please keep all follow-up on this email thread: opening another case for the same request "
             "sends it back to the end of the queue.\n\n"
             "Your submission:\n"
             "Inquiry type: Certification\n"
             "Additional details: Account Merge\n"
             "Description: Please merge my company certification account (%s) into my personal one (%s). "
             "I leave the company on March 31.\n\n"
             "Sincerely,\nAmazon Web Services\n") % (CASE_D, ME_WORK, ME_GMAIL)
    add("acknowledgement", False, CASE_D, [], "d_ack",
        (TC_NAME, TC), (None, ME_WORK),
        "[CASE %s] %s" % (CASE_D, SUBJ_ACCT), d("2025-02-26 03:21:59"), text=d_ack)

    d_rep = ("Hello,\n\n"
             "I submitted this form by mistake - it is the same request as case %s, which I opened "
             "yesterday from my personal address. Please close this one and keep working on %s.\n\n"
             "Sorry for the trouble.\n\nKenta Morioka\n") % (CASE_A, CASE_A)
    add("user_reply", False, CASE_D, [], "d_rep",
        (ME_NAME_JA, ME_WORK), (TC_NAME, TC),
        "RE: [CASE %s] %s" % (CASE_D, SUBJ_ACCT), d("2025-02-26 12:48:20", JST),
        mid_dom="outlook", irt="d_ack", auth=None, crlf=True,
        text=d_rep + "\n________________________________\nFrom: AWS Training and Certification <%s>\n"
             "Sent: Wednesday, February 26, 2025 12:21\nTo: %s\nSubject: [CASE %s] %s\n\n%s"
             % (TC, ME_WORK, CASE_D, SUBJ_ACCT, d_ack))

    add("case_update", False, CASE_D, [], "d_close",
        (TC_NAME, TC), (None, ME_WORK),
        "RE: [CASE %s] %s" % (CASE_D, SUBJ_ACCT), d("2025-02-27 00:36:12"),
        irt="d_rep", refs=["d_ack", "d_rep"],
        text=("Hi Kenta,\n\n"
              "Thanks for the heads-up. I have closed case %s as a duplicate and linked it to case %s, "
              "where your merge request is being handled. There is nothing more to do on this one.\n\n"
              "Best regards,\nAiko\nAWS Training and Certification\n\n"
              "> I submitted this form by mistake - it is the same request as case %s\n"
              "> Please close this one and keep working on %s.\n") % (CASE_D, CASE_A, CASE_A, CASE_A))

    a_hold = ("Hello Kenta,\n\n"
              "Thank you for your patience while I reviewed your request.\n\n"
              "The certification account registered to %s is currently associated with an AWS Partner "
              "Network organization (Tsubame Systems Co., Ltd.). While that association is active, the "
              "account is managed together with the partner's records, and our team is not able to combine "
              "it with another profile until the partner organization releases it. I have therefore placed "
              "your case on hold and contacted the partner team.\n\n"
              "To help us explain the situation to them: are you still employed by Tsubame Systems, and if "
              "so, what is your last working day?\n\n"
              "Regards,\nMarcus T.\nAWS Training and Certification Customer Support\n") % ME_WORK
    add("on_hold", True, CASE_A, [], "a_hold",
        (TC_NAME, TC), (None, ME_GMAIL),
        "RE:[CASE %s] %s" % (CASE_A, SUBJ_ACCT), d("2025-02-27 07:14:36"),
        irt="a_ack", text=a_hold,
        html="<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in a_hold.strip().split("\n\n"))
             + "</body></html>")

    add("unrelated", False, None, [], "yui_ooo",
        ("長谷川 結衣", "y.hasegawa@tsubame-sys.co.jp"), (ME_NAME_JA, ME_WORK),
        "自動応答: 引き継ぎ資料の共有", d("2025-02-27 18:02:44", JST), charset="iso-2022-jp",
        mid_dom="outlook", helo="mail-tycjpn01on2071.outbound.protection.outlook.com", sender_ip="40.107.114.71",
        extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "y.hasegawa@tsubame-sys.co.jp")],
        text=("お疲れさまです。長谷川です。\n\n"
              "2月27日(木)〜3月3日(月)まで休暇のため不在にしております。\n"
              "お急ぎの場合はチームアドレス infra-team@tsubame-sys.co.jp までご連絡ください。\n"
              "戻り次第、順次ご返信いたします。\n\n"
              "I am out of the office until March 3 with limited access to email.\n"))

    a_rep1 = ("Hi Marcus,\n\n"
              "Yes, I am still at Tsubame Systems until the end of next month. My last working day is "
              "March 31, 2025, and this company mailbox is shut down the next day. Please go ahead with "
              "the merge into my personal account as soon as the partner side allows it.\n\n"
              "Best regards,\nKenta Morioka\n")
    add("user_reply", False, CASE_A, [], "a_rep1",
        (ME_NAME_JA, ME_WORK), (TC_NAME, TC),
        "RE: RE:[CASE %s] %s" % (CASE_A, SUBJ_ACCT), d("2025-02-28 09:12:03", JST),
        mid_dom="outlook", irt="a_hold", refs=["a_ack", "a_hold"], auth=None, crlf=True,
        text=a_rep1 + "\n-----Original Message-----\nFrom: AWS Training and Certification <%s>\n"
             "Sent: Thursday, February 27, 2025 4:14 PM\nTo: %s\nSubject: RE:[CASE %s] %s\n\n%s"
             % (TC, ME_GMAIL, CASE_A, SUBJ_ACCT, a_hold))

    a_wrong = ("Hello Kenta,\n\n"
               "Thanks for the quick answer - that is exactly what the partner team needs.\n\n"
               "One problem, though: this case was opened from %s, and for account security we can "
               "only act on instructions that come from the address on the case. Your message arrived from "
               "%s. We need the same confirmation sent from %s - simply reply to this thread from that "
               "mailbox and keep the case number in the subject line.\n\n"
               "Regards,\nMarcus T.\nAWS Training and Certification Customer Support\n") % (ME_GMAIL, ME_WORK, ME_GMAIL)
    add("info_request", True, CASE_A, [], "a_wrong",
        (TC_NAME, TC), (None, ME_WORK), "RE:[CASE %s] %s" % (CASE_A, SUBJ_ACCT),
        d("2025-02-28 02:55:18"), irt="a_rep1", refs=["a_ack", "a_hold", "a_rep1"],
        text=a_wrong + "\n-----Original Message-----\n" + a_rep1)

    a_rep2 = ("Hi Marcus,\n\n"
              "Writing from my personal address as you asked. I confirm that I'm leaving Tsubame Systems; "
              "my last working day is March 31, 2025. Please merge my company certification account into "
              "this one (%s).\n\nThanks,\nKenta\n") % ME_GMAIL
    add("user_reply", False, CASE_A, [], "a_rep2",
        (ME_NAME, ME_GMAIL), (TC_NAME, TC), "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_ACCT),
        d("2025-02-28 20:41:09", JST), mid_dom="gmail", irt="a_wrong",
        refs=["a_ack", "a_hold", "a_rep1", "a_wrong"], auth=None,
        text=a_rep2 + "\n\n2025年2月28日(金) 11:55 AWS Training and Certification <%s>:\n\n%s\n"
             % (TC, quote(a_wrong)),
        html=("<div dir=\"ltr\">" + a_rep2.replace("\n", "<br>") + "</div><br>"
              "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">2025年2月28日(金) 11:55 "
              "AWS Training and Certification &lt;%s&gt;:<br></div>"
              "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid "
              "rgb(204,204,204);padding-left:1ex\">%s</blockquote></div>") % (TC, a_wrong.replace("\n", "<br>")))

    add("unrelated", False, None, [], "bill2503",
        ("Amazon Web Services", NOREPLY), (None, ME_GMAIL),
        "AWS Billing: your invoice for February 2025 is available [Account 719304826655]",
        d("2025-03-03 09:47:12"),
        text=("Hello,\n\nYour invoice for account 719304826655 for the period February 1 - February 28, 2025 "
              "is now available.\n\nInvoice number: EUINJP25-117402\nAmount due: USD 4.87\n\n"
              "The amount will be charged to your default payment method on file. No action is required.\n\n"
              "View invoice: https://console.aws.amazon.com/billing/home#/bills\n\n"
              "Amazon Web Services\n"))

    add("on_hold", False, CASE_A, [], "a_hold2",
        (TC_NAME, TC), (None, ME_GMAIL), "RE:[CASE %s] %s" % (CASE_A, SUBJ_ACCT),
        d("2025-03-03 18:20:50"), irt="a_rep2", refs=["a_ack", "a_hold", "a_rep1", "a_wrong", "a_rep2"],
        text=("Hi Kenta,\n\n"
              "Got it, thank you. I have passed your leaving date on to the partner team and asked the "
              "Tsubame Systems partner administrator to release your certification profile. Until they do, "
              "the case stays on hold on our side; in similar cases this has taken between two and five "
              "business days.\n\n"
              "You don't need to do anything in the meantime - I will write again as soon as we hear back.\n\n"
              "Regards,\nMarcus T.\nAWS Training and Certification Customer Support\n\n"
              "On Fri, Feb 28, 2025 at 11:41 AM, %s wrote:\n%s\n") % (ME_GMAIL, quote(a_rep2)))

    add("suspicious", False, None, [], "fake_tc",
        (TC_NAME, TC), (None, ME_GMAIL), "RE:[CASE %s] %s" % (CASE_FAKE, SUBJ_ACCT),
        d("2025-03-04 11:09:33"), auth="fail", sender_ip="45.137.21.190", helo="mail.srv-7731.example-hosting.ru",
        mid_dom="srv-7731.example-hosting.ru",
        html=("<html><body style=\"font-family:Arial\"><p>Hello,</p>"
              "<p>Your account merge request is pending <b>identity verification</b>. To complete the merge, "
              "sign in with your AWS Builder ID within 24 hours. Requests that are not verified will be "
              "cancelled and the associated certifications permanently removed.</p>"
              "<p><a href=\"https://aws-training-verify.com/merge/confirm?case=%s\">Verify and complete merge</a></p>"
              "<p>Thank you,<br>AWS Training and Certification Customer Support</p></body></html>") % CASE_FAKE)

    add("unrelated", False, None, [], "gh27",
        ("octo-dev", "notifications@github.com"), ("kmorioka/dotfiles", "dotfiles@noreply.github.com"),
        "Re: [kmorioka/dotfiles] zsh config breaks on macOS 15 (Issue #27)",
        d("2025-03-05 04:33:19"), mid_dom="github.com", helo="out-21.smtp.github.com", sender_ip="192.30.252.204",
        text=("Same thing here after the 15.3 update. Commenting out the compinit cache line fixes it "
              "for me. Could you take a look when you have time?\n\n"
              "--\nReply to this email directly, view it on GitHub:\n"
              "https://github.com/kmorioka/dotfiles/issues/27#issuecomment-2699410553\n"
              "You are receiving this because you authored the thread.\n"),
        rcpt=ME_GMAIL, extra=[("List-ID", "kmorioka/dotfiles <dotfiles.kmorioka.github.com>")])

    add("case_update", False, CASE_A, [], "a_lift",
        (TC_NAME, TC), (None, ME_GMAIL), "RE:[CASE %s] %s" % (CASE_A, SUBJ_ACCT),
        d("2025-03-06 06:02:27"), irt="a_hold2", refs=["a_ack", "a_hold", "a_rep2", "a_hold2"],
        text=("Hello Kenta,\n\n"
              "Good news: the partner organization has released your certification profile, so the hold on "
              "your case has been lifted and it is back in our queue.\n\n"
              "I'm now comparing the two profiles and will follow up shortly with a summary for you to "
              "check before anything is merged.\n\n"
              "Best regards,\nAiko\nAWS Training and Certification\n"))

    a_conf_text = ("Hello Kenta,\n\n"
                   "Thank you for waiting. Before I combine your profiles, please review the details below.\n\n"
                   "Account #1\n"
                   "  Candidate ID: AWS04518226\n"
                   "  Login email: %s\n"
                   "  Training notification email: %s\n"
                   "  Certification notification email: %s\n\n"
                   "Account #2\n"
                   "  Candidate ID: AWS02261837\n"
                   "  Login email: %s\n"
                   "  Training notification email: %s\n"
                   "  Certification notification email: %s\n\n"
                   "Exam history, certifications and benefits from Account #2 will be moved into Account #1, "
                   "and Account #2 will be deactivated.\n\n"
                   "Please reply to confirm that both accounts belong to you and that Account #1 is the one we "
                   "should keep.\n\n"
                   "Kind regards,\nAiko\nAWS Training and Certification\n") % (
        ME_GMAIL, ME_GMAIL, ME_GMAIL, ME_WORK, ME_WORK, ME_WORK)
    row = "<tr><td style=\"border:1px solid #ccc;padding:4px 8px\">%s</td><td style=\"border:1px solid #ccc;padding:4px 8px\">%s</td></tr>"
    a_conf_html = ("<html><body><div style=\"font-family:Amazon Ember,Arial;font-size:14px\">"
                   "<p>Hello Kenta,</p><p>Thank you for waiting. Before I combine your profiles, please review "
                   "the details below.</p>"
                   "<table style=\"border-collapse:collapse\">"
                   "<tr><th colspan=\"2\" style=\"text-align:left;background:#eee;padding:4px 8px\">Account #1</th></tr>"
                   + row % ("Candidate ID", "AWS04518226") + row % ("Login email", ME_GMAIL)
                   + row % ("Training notification email", ME_GMAIL)
                   + row % ("Certification notification email", ME_GMAIL)
                   + "<tr><th colspan=\"2\" style=\"text-align:left;background:#eee;padding:4px 8px\">Account #2</th></tr>"
                   + row % ("Candidate ID", "AWS02261837") + row % ("Login email", ME_WORK)
                   + row % ("Training notification email", ME_WORK)
                   + row % ("Certification notification email", ME_WORK)
                   + "</table><p>Exam history, certifications and benefits from Account #2 will be moved into "
                   "Account #1, and Account #2 will be deactivated.</p>"
                   "<p>Please reply to confirm that both accounts belong to you and that Account #1 is the one "
                   "we should keep.</p><p>Kind regards,<br>Aiko<br>AWS Training and Certification</p>"
                   "</div></body></html>")
    add("confirmation_request", True, CASE_A, ["AWS04518226", "AWS02261837"], "a_conf",
        (TC_NAME, TC), (None, ME_GMAIL), "RE:[CASE %s] %s" % (CASE_A, SUBJ_ACCT),
        d("2025-03-07 01:12:48"), irt="a_lift", refs=["a_ack", "a_hold", "a_hold2", "a_lift"],
        html=a_conf_html)

    add("user_reply", False, CASE_A, [], "a_fwd",
        (ME_NAME, ME_GMAIL), ("長谷川 結衣", "y.hasegawa@tsubame-sys.co.jp"),
        "Fwd: RE:[CASE %s] %s" % (CASE_A, SUBJ_ACCT), d("2025-03-07 12:30:15", JST),
        mid_dom="gmail", auth=None, cte="b64",
        text=("長谷川さん\n\n"
              "認定アカウント統合の件、サポートから下記の確認が来ました。パートナー管理者側の解除は済んだようです。"
              "念のため共有しておきます(対応は不要です)。\n\n森岡\n\n"
              "---------- Forwarded message ---------\n"
              "From: AWS Training and Certification <%s>\n"
              "Date: 2025年3月7日(金) 10:12\n"
              "Subject: RE:[CASE %s] %s\n"
              "To: <%s>\n\n%s") % (TC, CASE_A, SUBJ_ACCT, ME_GMAIL, a_conf_text))

    add("unrelated", False, None, [], "news_sjis2",
        ("週刊クラウドニュース", "news@cloud-weekly.jp"), (None, ME_GMAIL),
        "【週刊クラウドニュース】第318号 3月の資格試験スケジュール",
        d("2025-03-08 07:00:00", JST), charset="shift_jis", mid_dom="cloud-weekly.jp",
        helo="mta2.cloud-weekly.jp", sender_ip="203.0.113.18", subj_cs="shift_jis", crlf=True,
        text=("森岡 健太 様\n\n"
              "■今週のトピック\n"
              "1. 3月の各種クラウド資格試験スケジュール\n"
              "2. AWS Summit Japan 2025 の登録が開始\n"
              "3. 【寄稿】退職前にやっておくべきアカウント整理チェックリスト\n\n"
              "ご意見・ご感想は本メールへの返信でお寄せください。\n\n"
              "配信停止はこちら: https://cloud-weekly.jp/unsubscribe\n"))

    add("unrelated", False, None, [], "summit25",
        ("AWS Summit Japan", "aws-marketing-email-replies@amazon.com"), (None, ME_GMAIL),
        "AWS Summit Japan 2025 登録受付開始のお知らせ", d("2025-03-10 00:00:05"),
        text=("森岡 様\n\nAWS Summit Japan 2025 の参加登録を開始しました。\n"
              "日程: 2025年6月25日(水)・26日(木) 会場: 幕張メッセ\n\n"
              "AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。\n"
              "登録はこちら: https://aws.amazon.com/jp/summits/japan/\n\n"
              "配信停止: https://pages.awscloud.com/unsubscribe\n"),
        html=("<html><body><p>森岡 様</p><p><b>AWS Summit Japan 2025</b> の参加登録を開始しました。</p>"
              "<p>日程: 2025年6月25日(水)・26日(木)<br>会場: 幕張メッセ</p>"
              "<p>AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。</p>"
              "<p><a href=\"https://aws.amazon.com/jp/summits/japan/\">今すぐ登録</a></p>"
              "<p style=\"font-size:11px\"><a href=\"https://pages.awscloud.com/unsubscribe\">配信停止</a></p>"
              "</body></html>"))

    a_close = ("Hi Kenta,\n\n"
               "I'm following up on Aiko's message from March 7 below. We haven't received your "
               "confirmation yet, and we can't merge the accounts without it.\n\n"
               "If we don't hear from you within 3 business days, this case will be closed automatically. "
               "A reply to this email - even after that - keeps it open or reopens it.\n\n"
               "Thanks,\nDaniel R.\nAWS Training and Certification\n")
    add("closing_notice", True, CASE_A, [], "a_close",
        (TC_NAME, TC), (None, ME_GMAIL), "RE:[CASE %s] %s" % (CASE_A, SUBJ_ACCT),
        d("2025-03-11 01:03:17"), irt="a_conf", refs=["a_ack", "a_hold", "a_lift", "a_conf"],
        text=a_close + "\n---------- Previous message ----------\n" + a_conf_text)

    add("suspicious", False, None, [], "fake_lookalike",
        ("AWS Certification Support", "support@amazon-certsupport.com"), (None, ME_GMAIL),
        "Final reminder: confirm your AWS Certification account merge",
        d("2025-03-11 05:44:02"), mid_dom="amazon-certsupport.com", helo="mx1.amazon-certsupport.com",
        sender_ip="91.215.85.23",
        text=("Dear Candidate,\n\n"
              "We are still waiting for your confirmation to merge your AWS Certification accounts. "
              "Unconfirmed requests are deleted after 24 hours and certifications cannot be recovered.\n\n"
              "Reply to this message with:\n"
              "  1. Your Candidate ID\n"
              "  2. Your AWS Builder ID email and password\n"
              "  3. The last 4 digits of the card used for your last exam\n\n"
              "AWS Certification Support Team\n"))

    a_rep3 = ("Hi Daniel, Aiko,\n\n"
              "Sorry for the slow reply - I was travelling. Confirmed: both accounts are mine. Please merge "
              "Account #2 into Account #1 (%s, AWS04518226) and keep Account #1.\n\n"
              "Kenta Morioka\n") % ME_GMAIL
    a_rep3_quoted = a_close + "\n---------- Previous message ----------\n" + a_conf_text
    add("user_reply", False, CASE_A, ["AWS04518226"], "a_rep3",
        (ME_NAME, ME_GMAIL), (TC_NAME, TC), "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_ACCT),
        d("2025-03-11 22:15:40", JST), mid_dom="gmail", irt="a_close",
        refs=["a_ack", "a_hold", "a_lift", "a_conf", "a_close"], auth=None,
        text=a_rep3 + "\nOn Tue, Mar 11, 2025 at 10:03 AM AWS Training and Certification <%s> wrote:\n\n%s\n"
             % (TC, quote(a_rep3_quoted)),
        html=("<div dir=\"ltr\">" + a_rep3.replace("\n", "<br>") + "</div><br><div class=\"gmail_quote\">"
              "<div dir=\"ltr\" class=\"gmail_attr\">On Tue, Mar 11, 2025 at 10:03 AM AWS Training and "
              "Certification &lt;%s&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px "
              "0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">%s</blockquote></div>")
             % (TC, a_rep3_quoted.replace("\n", "<br>")))

    add("acknowledgement", False, CASE_A, [], "a_autoack",
        (TC_NAME, TC), (None, ME_GMAIL), "RE:[CASE %s] %s" % (CASE_A, SUBJ_ACCT),
        d("2025-03-11 13:15:59"), irt="a_rep3",
        text=("Hello,\n\nWe've received your reply on case %s and added it to the case. The agent "
              "handling your request will review it shortly; there is no need to send it again.\n\n"
              "Amazon Web Services\n") % CASE_A)

    a_res = ("Hello Kenta,\n\n"
             "Thank you for confirming. I have successfully combined your profiles: everything from "
             "Account #2 now sits under Account #1 (Candidate ID AWS04518226), including your exam history, "
             "four active certifications and the 50% exam discount benefit.\n\n"
             "Credly may take up to 48 hours to show the badges under your personal address. There is "
             "nothing else you need to do. Should you have further questions, just reply to this email.\n\n"
             "Kind regards,\nAiko\nAWS Training and Certification\n")
    add("resolved", False, CASE_A, ["AWS04518226"], "a_res",
        (TC_NAME, TC), (None, ME_GMAIL), "RE:[CASE %s] %s" % (CASE_A, SUBJ_ACCT),
        d("2025-03-12 00:27:31"), irt="a_rep3", refs=["a_ack", "a_conf", "a_close", "a_rep3"], cte="b64",
        text=a_res + "\n--------------- Original Message ---------------\nFrom: %s\nSent: 3/11/2025 1:15 PM\n\n%s\n"
             "--------------- Original Message ---------------\nFrom: %s\nSent: 3/7/2025 1:12 AM\n\n%s"
             % (ME_GMAIL, a_rep3, TC, a_conf_text))

    add("badge", False, None, [], "credly25a",
        ("Credly", "admin@credly.com"), (None, ME_GMAIL),
        "Kenta, you've earned a badge from Amazon Web Services Training and Certification",
        d("2025-03-12 02:05:12"), mid_dom="credly.com", helo="o1.email.credly.com", sender_ip="167.89.71.12",
        text=("Congratulations, Kenta!\n\nAmazon Web Services Training and Certification has issued you the "
              "AWS Certified Solutions Architect - Professional badge.\n\n"
              "Accept your badge: https://www.credly.com/earner/earned/badge/e8f1c3b2-6a4d-4c0e-8f71-2b9d5a3c6e10\n"),
        html=("<html><body><h2>Congratulations, Kenta!</h2><p>Amazon Web Services Training and Certification "
              "has issued you the <b>AWS Certified Solutions Architect - Professional</b> badge.</p>"
              "<p><a href=\"https://www.credly.com/earner/earned/badge/e8f1c3b2-6a4d-4c0e-8f71-2b9d5a3c6e10\">"
              "Accept your badge</a></p></body></html>"))

    add("badge", False, None, [], "credly25b",
        ("Credly", "admin@credly.com"), (None, ME_GMAIL),
        "Your badge is waiting: AWS Certified DevOps Engineer - Professional",
        d("2025-03-12 02:05:40"), mid_dom="credly.com", helo="o1.email.credly.com", sender_ip="167.89.71.12",
        text=("Hi Kenta,\n\nA badge issued by Amazon Web Services Training and Certification is waiting for "
              "you: AWS Certified DevOps Engineer - Professional.\n\n"
              "Claim it: https://www.credly.com/earner/earned/badge/41b0d7aa-93e2-4c55-a1f8-0d6e2c7b9934\n\n"
              "You can manage email preferences at https://www.credly.com/notifications\n"))

    add("survey", False, CASE_A, [], "a_survey",
        ("AWS Customer Service", "aws-cs-survey@amazon.com"), (None, ME_GMAIL),
        "Your feedback on case %s" % CASE_A, d("2025-03-13 09:00:44"),
        html=("<html><body><p>Hello,</p><p>We recently worked on your AWS Training and Certification case "
              "<b>%s</b>. How satisfied were you with the support you received?</p>"
              "<table><tr>%s</tr></table>"
              "<p>Your answers help us improve. This mailbox is not monitored.</p></body></html>")
             % (CASE_A, "".join("<td><a href=\"https://survey.aws.amazon.com/r/tc?case=%s&amp;score=%d\">%d</a></td>"
                                % (CASE_A, i, i) for i in range(1, 6))))

    add("unrelated", False, None, [], "slack_ticket",
        ("Slack Support", "feedback@slack.com"), (None, ME_GMAIL),
        "Re: Ticket #38817205 - Workspace export stuck at 0%",
        d("2025-03-14 17:40:09"), mid_dom="slack.com", helo="mail-a.slack.com", sender_ip="52.20.57.8",
        text=("Hi Kenta,\n\n"
              "Just checking in - we haven't heard back since our last note about your export. If we don't "
              "hear from you in the next 3 days, we'll close this ticket. Replying will reopen it at any time.\n\n"
              "Could you let us know whether the export finished after the retry?\n\n"
              "Cheers,\nNadia | Slack Support\n"))

    add("certification", False, None, [], "cert_email",
        ("AWS Certification", "do-not-reply@certmetrics.com"), (None, ME_GMAIL),
        "Your AWS Certification Account email address has changed",
        d("2025-03-17 06:12:55"), mid_dom="certmetrics.com", helo="mail-out3.certmetrics.com",
        sender_ip="198.21.4.77",
        text=("Hello Kenta,\n\n"
              "The certification notification address on your AWS Certification Account is now %s.\n\n"
              "If you made this change, no action is needed. If you did not, sign in and review your account "
              "settings.\n\nAWS Training and Certification\n") % ME_GMAIL)

    add("unrelated", False, None, [], "farewell",
        ("長谷川 結衣", "y.hasegawa@tsubame-sys.co.jp"), (ME_NAME_JA, ME_WORK),
        "送別会のご案内(3/28 金)", d("2025-03-21 12:10:00", JST), cte="b64",
        mid_dom="outlook", helo="mail-tycjpn01on2071.outbound.protection.outlook.com", sender_ip="40.107.114.71",
        text=("森岡さん\n\n"
              "長谷川です。チームで送別会を企画しました!\n"
              "日時: 3月28日(金) 19時〜\n場所: 新宿の「炉端 みなと」\n\n"
              "参加できるかだけ、水曜までに返信もらえると助かります。\n\n長谷川\n"))

    # ----------------------------------------------------- case B (benefit)
    b_ack_html = ("<html><body style=\"font-family:Arial;font-size:14px\">"
                  "<p>Hello,</p><p>Thanks for contacting AWS Training and Certification. Your case number is "
                  "<b>%s</b>.</p><p>Our team typically replies within one business day. To avoid delays, "
                  "reply to this message with any extra details instead of submitting the form again.</p>"
                  "<table style=\"border-collapse:collapse\" border=\"1\" cellpadding=\"6\">"
                  "<tr><td>Inquiry type</td><td>Certification</td></tr>"
                  "<tr><td>Additional details</td><td>Benefits</td></tr>"
                  "<tr><td>AWS Candidate ID</td><td>AWS04518226</td></tr>"
                  "<tr><td>Description</td><td>After my accounts were merged (case %s) the 50%% exam "
                  "discount shows as &quot;Redeemed&quot;, but I have never used it.</td></tr></table>"
                  "<p>Amazon Web Services</p></body></html>") % (CASE_B, CASE_A)
    add("acknowledgement", False, CASE_B, ["AWS04518226"], "b_ack",
        (TC_NAME, TC), (None, ME_GMAIL), "[CASE %s] %s" % (CASE_B, SUBJ_BEN),
        d("2025-03-29 16:33:08"), html=b_ack_html)

    b_req = ("Hi Kenta,\n\n"
             "Thank you for writing in, and I'm sorry for the confusion with your benefit.\n\n"
             "Some background that may help: each exam discount is tied to the profile that earned it. "
             "When two profiles are combined, unused discounts are copied to the surviving profile, and the "
             "original entry on the retired profile is marked as redeemed so it cannot be used twice. In "
             "most cases the surviving profile then shows a fresh, unused code. In yours I can only see the "
             "redeemed entry, so something went wrong during the copy.\n\n"
             "Before I ask our benefits team to regenerate it, two details: which exam were you about to "
             "register for when you noticed the status, and on which date did you first see \"Redeemed\"? "
             "A screenshot of the Benefits page would also speed things up.\n\n"
             "Best,\nFatima\nAWS Training and Certification Customer Support\n")
    add("info_request", True, CASE_B, [], "b_req",
        (TC_NAME, TC), (None, ME_GMAIL), "RE:[CASE %s] %s" % (CASE_B, SUBJ_BEN),
        d("2025-03-31 04:18:22"), irt="b_ack", text=b_req)

    b_rep = ("Hi Fatima,\n\n"
             "Thank you for explaining. I noticed it on March 28 when I tried to register for the AWS "
             "Certified Security - Specialty exam (SCS-C02). The discount was earned on my old profile "
             "AWS02261837; the merged profile is AWS04518226. Screenshot of the Benefits page attached.\n\n"
             "Best regards,\nKenta\n")
    add("user_reply", False, CASE_B, ["AWS02261837", "AWS04518226"], "b_rep",
        (ME_NAME, ME_GMAIL), (TC_NAME, TC), "Re: RE:[CASE %s] %s" % (CASE_B, SUBJ_BEN),
        d("2025-03-31 19:02:47", JST), mid_dom="gmail", irt="b_req", refs=["b_ack", "b_req"], auth=None,
        text=b_rep + "\nOn Mon, Mar 31, 2025 at 1:18 PM AWS Training and Certification <%s> wrote:\n\n%s\n"
             % (TC, quote(b_req)),
        attach=[("benefits.png", "image/png", PNG_1PX)])

    add("case_update", False, CASE_B, [], "b_upd",
        (TC_NAME, TC), (None, ME_GMAIL), "RE:[CASE %s] %s" % (CASE_B, SUBJ_BEN),
        d("2025-04-02 02:51:10"), irt="b_rep", refs=["b_ack", "b_req", "b_rep"],
        text=("Hi Kenta,\n\n"
              "Thanks, that's everything I needed. I've handed the details and your screenshot to our "
              "benefits team, who can regenerate the code. No action is required from you at this time; "
              "I'll let you know as soon as they're done.\n\n"
              "Best,\nFatima\nAWS Training and Certification Customer Support\n\n"
              "> I noticed it on March 28 when I tried to register for the AWS Certified Security - Specialty\n"
              "> exam (SCS-C02). The discount was earned on my old profile AWS02261837; the merged profile is\n"
              "> AWS04518226.\n"))

    add("unrelated", False, None, [], "bill2504",
        ("Amazon Web Services", NOREPLY), (None, ME_GMAIL),
        "AWS Billing: your invoice for March 2025 is available [Account 719304826655]",
        d("2025-04-03 09:51:40"),
        text=("Hello,\n\nYour invoice for account 719304826655 for the period March 1 - March 31, 2025 "
              "is now available.\n\nInvoice number: EUINJP25-153388\nAmount due: USD 5.12\n\n"
              "The amount will be charged to your default payment method on file. No action is required.\n\n"
              "View invoice: https://console.aws.amazon.com/billing/home#/bills\n\nAmazon Web Services\n"))

    b_res = ("Hi Kenta,\n\n"
             "Our benefits team has regenerated your discount. A new, unused 50%% exam discount code is now "
             "listed on the Benefits page of your AWS Certification Account and can be applied when you "
             "schedule SCS-C02.\n\n"
             "I'm marking this request as resolved. If you have anything to add, reply to this message and "
             "the case will reopen.\n\n"
             "Best,\nFatima\nAWS Training and Certification Customer Support\n\n"
             "We value your feedback. Rate this reply: "
             "https://survey.aws.amazon.com/r/tc?case=%s&reply=1\n") % CASE_B
    add("resolved", False, CASE_B, [], "b_res",
        (TC_NAME, TC), (None, ME_GMAIL), "RE:[CASE %s] %s" % (CASE_B, SUBJ_BEN),
        d("2025-04-04 01:10:04"), irt="b_upd", refs=["b_ack", "b_req", "b_rep", "b_upd"], text=b_res)

    add("user_reply", False, CASE_B, [], "b_thx",
        (ME_NAME, ME_GMAIL), (TC_NAME, TC), "Re: RE:[CASE %s] %s" % (CASE_B, SUBJ_BEN),
        d("2025-04-04 10:25:13", JST), mid_dom="gmail", irt="b_res", refs=["b_ack", "b_req", "b_rep", "b_upd", "b_res"],
        auth=None,
        text=("Thanks Fatima, I can see the new code now.\n\nKenta\n\n"
              "On Fri, Apr 4, 2025 at 10:10 AM AWS Training and Certification <%s> wrote:\n%s\n") % (TC, quote(b_res)))

    add("survey", False, CASE_B, [], "b_survey",
        ("AWS Customer Service", "aws-cs-survey@amazon.com"), (None, ME_GMAIL),
        "Tell us about your recent case with AWS Training and Certification",
        d("2025-04-05 09:02:31"),
        text=("Hello,\n\nCase %s was recently resolved. We'd love to hear how it went.\n\n"
              "How likely are you to recommend AWS Training and Certification support to a colleague?\n"
              "Answer here: https://survey.aws.amazon.com/r/tc?case=%s\n\n"
              "This takes less than a minute. Thank you!\nAWS Customer Service\n") % (CASE_B, CASE_B))

    # ----------------------------------------------------- case C (console)
    add("unrelated", False, None, ["AWS04518226"], "pvue25",
        ("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), (ME_NAME, ME_GMAIL),
        "Confirmation of your exam appointment - AWS Certified Security - Specialty",
        d("2025-04-07 02:14:09"), mid_dom="pearson.com", helo="mx0b-002e1301.pphosted.com",
        sender_ip="148.163.151.91",
        text=("Dear Kenta Morioka,\n\n"
              "Thank you for scheduling your exam with Pearson VUE.\n\n"
              "Exam: SCS-C02 AWS Certified Security - Specialty\n"
              "Registration ID: 518204376\n"
              "Candidate ID: AWS04518226\n"
              "Date and time: Saturday, April 26, 2025 at 1:30 PM JST\n"
              "Delivery: Online proctored (OnVUE)\n\n"
              "Run the system test before exam day: https://home.pearsonvue.com/aws/onvue\n\n"
              "Pearson VUE\n"))

    c_ack = ("Dear AWS customer,\n\n"
             "We have opened case %s on your behalf. The details of the case are below.\n\n"
             "Case ID: %s\n"
             "Subject: %s\n"
             "Severity: General guidance\n"
             "Account: [AWS ID 719304826655]\n"
             "Correspondence: I scheduled SCS-C02 through my merged certification account, but the "
             "appointment does not appear under Upcoming exams.\n\n"
             "Thank you for contacting Amazon Web Services.\n" + console_footer(CASE_C)) % (CASE_C, CASE_C, SUBJ_C)
    add("acknowledgement", False, CASE_C, [], "c_ack",
        ("Amazon Web Services", NOREPLY), (None, ME_GMAIL),
        "Amazon Web Services: New Support case: %s" % CASE_C, d("2025-04-08 03:40:51"), text=c_ack)

    c_req = ("Hello,\n\n"
             "Thank you for contacting AWS Support. My name is Oleksandr and I will be assisting you.\n\n"
             "To locate the appointment we need two things from you: the Pearson VUE registration number "
             "from your confirmation email, and the Candidate ID you were signed in with when you booked. "
             "Please add them to the case in the Support Center using the link below - replies sent to this "
             "email address do not reach us.\n\n"
             "Best regards,\nOleksandr K.\nAmazon Web Services\n")
    add("info_request", True, CASE_C, [], "c_req",
        ("Amazon Web Services", NOREPLY), (None, ME_GMAIL),
        "RE:[CASE %s] %s [AWS ID 719304826655]" % (CASE_C, SUBJ_C), d("2025-04-09 05:22:14"),
        text=c_req + console_footer(CASE_C),
        html=("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in c_req.strip().split("\n\n"))
              + "<p><a href=\"https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en\">"
              "Open the case in the Support Center</a></p><p style=\"font-size:11px;color:#666\">Please don't "
              "reply to this message. This mailbox is unattended and messages sent to it are not delivered to "
              "AWS Support.</p></body></html>") % CASE_C)

    c_rep = ("Hello Oleksandr,\n\nRegistration number: 518204376\nCandidate ID: AWS04518226\n\n"
             "Thanks,\nKenta Morioka\n")
    add("user_reply", False, CASE_C, ["AWS04518226"], "c_rep",
        (ME_NAME, ME_GMAIL), ("Amazon Web Services", NOREPLY),
        "Re: RE:[CASE %s] %s [AWS ID 719304826655]" % (CASE_C, SUBJ_C), d("2025-04-09 15:03:26", JST),
        mid_dom="gmail", irt="c_req", auth=None,
        text=c_rep + "\nOn Wed, Apr 9, 2025 at 2:22 PM Amazon Web Services <%s> wrote:\n%s\n"
             % (NOREPLY, quote(c_req)))

    bounce_mid = make_mid("c_bounce", "mx.google.com")
    bounce = ("Return-Path: <>\n"
              "Received: by 2002:a05:7010:6a0e:b0:3f1:2c4:1e55 with SMTP id w14csp112233mdz;\n"
              "        Wed, 9 Apr 2025 06:03:31 +0000 (UTC)\n"
              "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
              "To: %s\n"
              "Auto-Submitted: auto-replied\n"
              "Subject: Delivery Status Notification (Failure)\n"
              "Date: Wed, 09 Apr 2025 06:03:31 +0000\n"
              "Message-ID: %s\n"
              "References: %s\n"
              "In-Reply-To: %s\n"
              "MIME-Version: 1.0\n"
              "Content-Type: multipart/report; report-type=delivery-status; boundary=\"00000000000099c4a10632d9b1f7\"\n"
              "\n"
              "--00000000000099c4a10632d9b1f7\n"
              "Content-Type: text/plain; charset=\"UTF-8\"\n"
              "\n"
              "** Address not found **\n\n"
              "Your message wasn't delivered to %s because the address couldn't be found, or is unable "
              "to receive mail.\n\n"
              "The response from the remote server was:\n"
              "550 5.1.1 <%s>: Recipient address rejected: this mailbox does not accept incoming mail\n"
              "\n"
              "--00000000000099c4a10632d9b1f7\n"
              "Content-Type: message/delivery-status\n"
              "\n"
              "Reporting-MTA: dns; googlemail.com\n"
              "Arrival-Date: Wed, 09 Apr 2025 06:03:26 +0000 (UTC)\n"
              "\n"
              "Final-Recipient: rfc822; %s\n"
              "Action: failed\n"
              "Status: 5.1.1\n"
              "Remote-MTA: dns; inbound-smtp.us-east-1.amazonaws.com. (52.119.164.121, the server for the domain amazon.com.)\n"
              "Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected\n"
              "Last-Attempt-Date: Wed, 09 Apr 2025 06:03:31 +0000 (UTC)\n"
              "\n"
              "--00000000000099c4a10632d9b1f7\n"
              "Content-Type: text/rfc822-headers\n"
              "\n"
              "From: Kenta Morioka <%s>\n"
              "To: Amazon Web Services <%s>\n"
              "Subject: Re: RE:[CASE %s] %s [AWS ID 719304826655]\n"
              "Date: Wed, 9 Apr 2025 15:03:26 +0900\n"
              "Message-ID: %s\n"
              "\n"
              "--00000000000099c4a10632d9b1f7--\n") % (
        ME_GMAIL, bounce_mid, MIDS["c_rep"], MIDS["c_rep"], NOREPLY, NOREPLY, NOREPLY,
        ME_GMAIL, NOREPLY, CASE_C, SUBJ_C, MIDS["c_rep"])
    add("unrelated", False, CASE_C, [], "c_bounce", None, None, None, None, raw=bounce)

    add("suspicious", False, None, [], "fake_pvue",
        ("Pearson VUE", "noreply@pearsonvue-scheduling.com"), (None, ME_GMAIL),
        "Your AWS exam appointment has been cancelled", d("2025-04-10 08:17:45"),
        mid_dom="pearsonvue-scheduling.com", helo="smtp.pearsonvue-scheduling.com", sender_ip="193.42.33.150",
        html=("<html><body><p>Dear Candidate,</p><p>Your appointment for <b>AWS Certified Security - "
              "Specialty</b> was cancelled because your certification account was changed. To keep your "
              "slot, pay the reinstatement fee of USD 75 within 12 hours:</p>"
              "<p><a href=\"https://pearsonvue-scheduling.com/reinstate?reg=518204376\">Reinstate my exam</a></p>"
              "<p>Pearson VUE Candidate Services</p></body></html>"))

    add("closing_notice", True, CASE_C, [], "c_close",
        ("Amazon Web Services", NOREPLY), (None, ME_GMAIL),
        "RE:[CASE %s] %s [AWS ID 719304826655]" % (CASE_C, SUBJ_C), d("2025-04-12 05:30:02"),
        text=("Hello,\n\n"
              "We haven't received a response from you on this case. If we don't hear from you, the case "
              "will be resolved automatically in 3 days. To keep it open, add a reply in the Support Center.\n\n"
              "Best regards,\nAmazon Web Services\n" + console_footer(CASE_C)))

    add("unrelated", False, None, [], "gh28",
        ("Kenta Morioka", "notifications@github.com"), ("kmorioka/dotfiles", "dotfiles@noreply.github.com"),
        "Re: [kmorioka/dotfiles] Fix compinit cache on macOS 15 (PR #28)",
        d("2025-04-12 11:02:40"), mid_dom="github.com", helo="out-21.smtp.github.com", sender_ip="192.30.252.204",
        text=("Merged #28 into main.\n\nCloses #27.\n\n--\nReply to this email directly, view it on GitHub:\n"
              "https://github.com/kmorioka/dotfiles/pull/28#event-17220418112\n"
              "You are receiving this because you are subscribed to this thread.\n"),
        rcpt=ME_GMAIL, extra=[("List-ID", "kmorioka/dotfiles <dotfiles.kmorioka.github.com>")])

    add("case_update", False, CASE_C, [], "c_upd",
        ("Amazon Web Services", NOREPLY), (None, ME_GMAIL),
        "RE:[CASE %s] %s [AWS ID 719304826655]" % (CASE_C, SUBJ_C), d("2025-04-13 02:48:33"),
        text=("Hello Kenta,\n\n"
              "Thank you for adding the registration number and Candidate ID in the Support Center. I have "
              "raised the missing appointment with our exam delivery team and will update this case within "
              "two business days.\n\n"
              "Best regards,\nOleksandr K.\nAmazon Web Services\n" + console_footer(CASE_C)))

    add("resolved", False, CASE_C, [], "c_res",
        ("Amazon Web Services", NOREPLY), (None, ME_GMAIL),
        "RE:[CASE %s] %s [AWS ID 719304826655]" % (CASE_C, SUBJ_C), d("2025-04-15 07:11:20"),
        text=("Hello Kenta,\n\n"
              "The exam delivery team re-linked registration 518204376 to your merged profile. Your April 26 "
              "appointment now appears under Upcoming exams, and no further action is required.\n\n"
              "I'm marking this case as resolved. If the problem returns, you can reopen the case from the "
              "Support Center within 14 days.\n\n"
              "Best regards,\nOleksandr K.\nAmazon Web Services\n\n"
              "We value your feedback. Please rate this response in the Support Center: "
              "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n"
              + console_footer(CASE_C)) % CASE_C)

    add("certification", False, None, [], "hear25",
        ("AWS Certification", "do-not-reply@certmetrics.com"), (None, ME_GMAIL),
        "AWS Certification wants to hear from you", d("2025-04-17 15:00:10"),
        mid_dom="certmetrics.com", helo="mail-out3.certmetrics.com", sender_ip="198.21.4.77",
        html=("<html><body><p>Hello Kenta,</p><p>We are inviting a small group of AWS Certified "
              "professionals to review draft questions for an upcoming exam as subject matter experts. "
              "Interested? Tell us about your experience in a short form.</p>"
              "<p><a href=\"https://www.aws.training/Certification/SME\">Join the SME program</a></p>"
              "<p>AWS Training and Certification</p></body></html>"))

    b_reopen = ("Hi Fatima,\n\n"
                "Sorry to come back to this. When I apply the new discount code at checkout, the page says "
                "the code has expired, although the Benefits page shows it as valid until 2026. Could you "
                "check it again?\n\nKenta\n")
    add("user_reply", False, CASE_B, [], "b_reopen",
        (ME_NAME, ME_GMAIL), (TC_NAME, TC), "Re: RE:[CASE %s] %s" % (CASE_B, SUBJ_BEN),
        d("2025-04-20 21:40:02", JST), mid_dom="gmail", irt="b_res",
        refs=["b_ack", "b_req", "b_rep", "b_upd", "b_res"], auth=None,
        text=b_reopen + "\nOn Fri, Apr 4, 2025 at 10:10 AM AWS Training and Certification <%s> wrote:\n%s\n"
             % (TC, quote(b_res)))

    add("acknowledgement", False, CASE_B, [], "b_reack",
        (TC_NAME, TC), (None, ME_GMAIL), "RE:[CASE %s] %s" % (CASE_B, SUBJ_BEN),
        d("2025-04-20 12:40:31"), irt="b_reopen",
        text=("Hello,\n\nYour reply has reopened case %s. It has been returned to our queue and an agent "
              "will get back to you, usually within one business day.\n\nAmazon Web Services\n") % CASE_B)

    b_req2 = ("森岡 様\n\n"
              "AWS トレーニングと認定サポートの山田でございます。前任の Fatima より本件を引き継ぎました。\n\n"
              "割引コードが期限切れと表示される件、ご不便をおかけしており申し訳ございません。\n"
              "原因の調査のため、お手数ではございますが、以下の2点をお知らせいただけますでしょうか。\n\n"
              "・お支払い画面に表示されたエラーメッセージのスクリーンショット\n"
              "・ご利用になった割引コードの末尾4桁\n\n"
              "ご確認のほど、よろしくお願いいたします。\n\n"
              "山田 浩\nAWS トレーニングと認定 カスタマーサポート\n")
    add("info_request", True, CASE_B, [], "b_req2",
        ("AWS トレーニングと認定", TC), (None, ME_GMAIL), "RE:[CASE %s] %s" % (CASE_B, SUBJ_BEN),
        d("2025-04-22 02:05:44"), charset="iso-2022-jp", subj_cs="iso-2022-jp",
        irt="b_reack", refs=["b_ack", "b_res", "b_reopen", "b_reack"],
        text=b_req2 + "\n-----Original Message-----\n" + b_reopen)

    b_rep2 = ("山田様\n\n"
              "ご連絡ありがとうございます。\n"
              "お支払い画面のスクリーンショットを添付いたします。割引コードの末尾4桁は「7Q2K」です。\n\n"
              "どうぞよろしくお願いいたします。\n\n森岡\n")
    add("user_reply", False, CASE_B, [], "b_rep2",
        (ME_NAME_JA, ME_GMAIL), ("AWS トレーニングと認定", TC), "Re: RE:[CASE %s] %s" % (CASE_B, SUBJ_BEN),
        d("2025-04-22 13:17:50", JST), mid_dom="gmail", irt="b_req2",
        refs=["b_ack", "b_res", "b_reopen", "b_reack", "b_req2"], auth=None, cte="b64",
        text=b_rep2 + "\n2025年4月22日(火) 11:05 AWS トレーニングと認定 <%s>:\n\n%s\n" % (TC, quote(b_req2)),
        attach=[("checkout_error.png", "image/png", PNG_1PX)])

    b_res2 = ("森岡 様\n\n"
              "AWS トレーニングと認定サポートの山田でございます。\n\n"
              "スクリーンショットのご提供ありがとうございました。確認したところ、再発行した割引コードの有効期限が"
              "誤って設定されておりましたため、正しい期限(2026年5月18日)に修正いたしました。"
              "現在はお支払い画面でご利用いただけます。\n\n"
              "ご不便をおかけし、誠に申し訳ございませんでした。ほかにご不明な点がございましたら、"
              "お気軽に本メールへご返信ください。\n\n"
              "山田 浩\nAWS トレーニングと認定 カスタマーサポート\n\n"
              "We value your feedback. Rate this reply: https://survey.aws.amazon.com/r/tc?case=%s&reply=3\n") % CASE_B
    add("resolved", False, CASE_B, [], "b_res2",
        ("AWS トレーニングと認定", TC), (None, ME_GMAIL), "RE:[CASE %s] %s" % (CASE_B, SUBJ_BEN),
        d("2025-04-24 04:40:19"), irt="b_rep2", refs=["b_ack", "b_reopen", "b_req2", "b_rep2"],
        text=b_res2 + "\n-----Original Message-----\n" + b_rep2,
        html=("<html><body><div style=\"font-family:Meiryo,sans-serif\">"
              + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in b_res2.strip().split("\n\n"))
              + "</div></body></html>"))

    ask = ("森岡さん\n\n"
           "ご無沙汰してます、長谷川です。新しい職場はいかがですか。\n\n"
           "実は私も来月で退職することになりまして、AWS認定のアカウントを個人のアドレスに移したいのですが、"
           "森岡さんはどうやって手続きしましたか?サポートとのやりとりで気をつけることがあれば教えてください。\n\n"
           "長谷川\n")
    add("unrelated", False, None, [], "yui_ask",
        ("長谷川 結衣", "yui.hasegawa.jp@gmail.com"), (ME_NAME, ME_GMAIL),
        "AWS認定アカウントの移行について教えてください", d("2025-04-25 20:14:33", JST),
        mid_dom="gmail", helo="mail-sor-f41.google.com", sender_ip="209.85.220.41", text=ask)

    add("user_reply", False, None, [], "yui_ans",
        (ME_NAME, ME_GMAIL), ("長谷川 結衣", "yui.hasegawa.jp@gmail.com"),
        "Re: AWS認定アカウントの移行について教えてください", d("2025-04-25 22:48:09", JST),
        mid_dom="gmail", irt="yui_ask", auth=None,
        text=("長谷川さん\n\n"
              "お疲れさまです!手順はざっくりこんな感じでした。\n\n"
              "1. 個人アドレスで Builder ID と認定アカウントを作る\n"
              "2. 問い合わせフォームから「アカウントの統合」を依頼(会社と個人、両方のアドレスを書く)\n"
              "3. サポートから確認メールが来るので、個人アドレスから返信する\n\n"
              "うちはAPNパートナーなので、パートナー側の解除待ちで1週間ほど止まりました。"
              "あと、会社アドレスから返信したら「ケースを開いたアドレスから送って」と言われたので注意です。"
              "フォームは1回だけ送ったほうがいいです(二重に送って怒られました笑)。\n\n"
              "森岡\n\n"
              "2025年4月25日(金) 20:14 長谷川 結衣 <yui.hasegawa.jp@gmail.com>:\n\n" + quote(ask) + "\n"))

    add("certification", False, None, ["AWS04518226"], "pass25",
        ("AWS Certification", "do-not-reply@certmetrics.com"), (None, ME_GMAIL),
        "Congratulations! You are now AWS Certified", d("2025-04-27 03:02:48"),
        mid_dom="certmetrics.com", helo="mail-out3.certmetrics.com", sender_ip="198.21.4.77",
        text=("Dear Kenta Morioka,\n\n"
              "Congratulations on earning the AWS Certified Security - Specialty certification. You passed "
              "the exam on April 26, 2025.\n\n"
              "Candidate ID: AWS04518226\nValidation number: QW8M1R3TJB4E1CK2\n"
              "Certification expires: April 26, 2028\n\n"
              "Your digital badge will be issued through Credly within the next few days.\n\n"
              "Sincerely,\nAWS Training and Certification\n"))

    add("badge", False, None, [], "credly25c",
        ("Credly", "admin@credly.com"), (None, ME_GMAIL),
        "Kenta, you've earned a badge from Amazon Web Services Training and Certification",
        d("2025-04-28 01:44:05"), mid_dom="credly.com", helo="o1.email.credly.com", sender_ip="167.89.71.12",
        html=("<html><body><h2>Congratulations, Kenta!</h2><p>Amazon Web Services Training and Certification "
              "has issued you the <b>AWS Certified Security - Specialty</b> badge.</p>"
              "<p><a href=\"https://www.credly.com/earner/earned/badge/9d3e7f10-4b8a-4f21-bc65-77e0a1d2f4c8\">"
              "Accept your badge</a></p><p style=\"font-size:11px\">Badge ID 9d3e7f10-4b8a-4f21-bc65-77e0a1d2f4c8</p>"
              "</body></html>"))


def main():
    build()
    # clean previous output
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    counts = Counter()
    for i, (kind, needs, case, cands, data) in enumerate(MSGS, 1):
        base = os.path.join(OUT, "%03d-msg" % i)
        with open(base + ".eml", "wb") as fh:
            fh.write(data)
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump({"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cands}, fh)
            fh.write("\n")
        counts[kind] += 1
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("TOTAL", len(MSGS)))
    print("needs_reply=true: %d" % sum(1 for m in MSGS if m[1]))


if __name__ == "__main__":
    main()
