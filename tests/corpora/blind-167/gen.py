#!/usr/bin/env python3
"""Blind corpus generator (set 167): terse requests vs. terse no-action mail.

Writes NNN-msg.eml + NNN-msg.json next to this script, in mailbox arrival order.
Standard library only.  `python3 gen.py --table` prints the README table instead.
"""
import base64
import json
import os
import quopri
import sys
from collections import Counter, OrderedDict
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "ren.takagi.cloud@gmail.com"
ME_W = "r-takagi@mizunami-tech.co.jp"
ME_NAME = "Ren Takagi"
ME_NAME_JA = "高木 蓮"
FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

A = "176130048201947"   # merge company -> personal (form case), APN hold, wrong address
B = "176130391100254"   # duplicate form from company address
C = "176241991500086"   # Support Center (console) case: voucher missing after merge
D = "14420675391"       # 2023 name-on-certificate case, reopened in 2025 (Japanese support)
E = "4829301756"        # 2021 ESL +30 accommodation case
F = "176345671500614"   # exam score missing from exam history
G = "176414823300775"   # second personal account with the same e-mail (merge)

OLD = "AWS01927364"     # company certification account
NEW = "AWS05518230"     # personal certification account
OLD2 = "AWS00741852"    # forgotten 2019 personal account

TZ = {"JST": timezone(timedelta(hours=9)), "UTC": timezone.utc,
      "PDT": timezone(timedelta(hours=-7)), "PST": timezone(timedelta(hours=-8)),
      "IST": timezone(timedelta(hours=5, minutes=30))}

SUBJ_FORM = "[AWS Training and Certification Form Submission] - account-assistance"

MIDS = {}      # key -> message-id
REFS = {}      # key -> list of references (including own id)
MESSAGES = []  # (label, note, bytes)


def dt(s, tz="UTC"):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ[tz])


def enc_part(text, subtype="plain", charset="utf-8", cte="quoted-printable"):
    part = MIMEBase("text", subtype)
    if charset == "iso-2022-jp":
        raw = text.encode("iso-2022-jp")
        cte = "7bit"
    else:
        raw = text.encode(charset)
    part.set_param("charset", charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("ascii" if charset in ("us-ascii", "iso-2022-jp") else charset)
        if cte == "8bit":
            pass
    del part["MIME-Version"]
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def hdr(text, charset="utf-8"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode()


def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def auth_gmail(domain, ok=True, dkim_domain=None, mailfrom=None, ip="54.240.8.37"):
    dkim_domain = dkim_domain or domain
    mailfrom = mailfrom or "0100019a2b3c4d5e-bounce@amazonses.com"
    if ok:
        return ("mx.google.com;\r\n       dkim=pass header.i=@%s header.s=szqgv33erturdv5cvz4vtb5qcbntfpcw header.b=Kq3v9xZa;\r\n"
                "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\r\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (dkim_domain, mailfrom, ip, mailfrom, domain)).replace("\r\n", "\n")
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=s1 header.b=Zz0c1QwE;\n"
            "       spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
            % (dkim_domain, mailfrom, ip, mailfrom, domain))


def auth_m365(domain, ok=True):
    if ok:
        return ("spf=pass (sender IP is 54.240.11.92)\n smtp.mailfrom=amazonses.com; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100" % (domain, domain))
    return ("spf=fail (sender IP is 185.220.101.47)\n smtp.mailfrom=%s; dkim=none (message not signed)\n"
            " header.d=none;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000" % (domain, domain))


def add(label, note, *, key, date, frm, to, subject, text=None, html=None, cc=None,
        charset="utf-8", cte="quoted-printable", html_cte=None, reply_to_key=None,
        auth=None, mid_domain="email.amazonses.com", crlf=False, extra=None,
        subject_charset="utf-8", attachment=None, sent=False):
    """Build one message and record it with its label."""
    parts = []
    if text is not None:
        parts.append(enc_part(text, "plain", charset, cte))
    if html is not None:
        parts.append(enc_part(html, "html", charset if charset != "iso-2022-jp" else "utf-8",
                              html_cte or ("base64" if charset == "iso-2022-jp" else cte)))
    if len(parts) == 1:
        body = parts[0]
    else:
        body = MIMEMultipart("alternative")
        del body["MIME-Version"]
        for p in parts:
            body.attach(p)
    if attachment:
        outer = MIMEMultipart("mixed")
        del outer["MIME-Version"]
        outer.attach(body)
        fname, ctype, data = attachment
        a = MIMEBase(*ctype.split("/"))
        a.set_payload(base64.encodebytes(data).decode("ascii"))
        del a["MIME-Version"]
        a["Content-Transfer-Encoding"] = "base64"
        a.add_header("Content-Disposition", "attachment", filename=fname)
        outer.attach(a)
        body = outer
    msg = body
    n = len(MESSAGES) + 1
    stamp = date.strftime("%Y%m%d%H%M%S")
    if "gmail.com" in mid_domain:
        mid = "<CAF%s%03dqX7kR+tq9Lw@mail.gmail.com>" % (stamp, n)
    else:
        mid = "<%s.%03d.%x@%s>" % (stamp, n, (n * 2654435761) & 0xFFFFFFFF, mid_domain)
    MIDS[key] = mid
    refs = []
    if reply_to_key:
        refs = list(REFS[reply_to_key])
    REFS[key] = refs + [mid]
    headers = []
    if not sent:
        headers.append(("Return-Path", "<%s>" % (extra or {}).get("Return-Path-Addr", "bounce@" + frm[1].split("@")[1])))
        to_dom = to[0][1].split("@")[1] if isinstance(to, list) else to[1].split("@")[1]
        if to_dom == "gmail.com":
            headers.append(("Received", "from a8-37.smtp-out.amazonses.com (a8-37.smtp-out.amazonses.com. [54.240.8.37])\n        by mx.google.com with ESMTPS id h3si1182%03dqkb.201.2025.00.00.00.00\n        for <%s>;\n        %s" % (n, to[1] if not isinstance(to, list) else to[0][1], format_datetime(date))))
        else:
            headers.append(("Received", "from OS3PR01MB%04d.jpnprd01.prod.outlook.com ([fe80::1c4a:%x])\n by TYCPR01MB%04d.jpnprd01.prod.outlook.com; %s" % (n, n, n + 7, format_datetime(date))))
        if auth:
            headers.append(("Authentication-Results", auth))
    headers += [("Message-ID", mid), ("Date", format_datetime(date)),
                ("From", addr(*frm)), ]
    if isinstance(to, list):
        headers.append(("To", ", ".join(addr(*t) for t in to)))
    else:
        headers.append(("To", addr(*to)))
    if cc:
        headers.append(("Cc", ", ".join(addr(*t) for t in cc)))
    headers.append(("Subject", hdr(subject, subject_charset)))
    if reply_to_key:
        headers.append(("In-Reply-To", MIDS[reply_to_key]))
        headers.append(("References", " ".join(refs)))
    for k, v in (extra or {}).items():
        if k != "Return-Path-Addr":
            headers.append((k, v))
    headers.append(("MIME-Version", "1.0"))
    # rebuild with our header order in front of the MIME headers
    mime_headers = list(msg.items())
    for k in list(msg.keys()):
        del msg[k]
    for k, v in headers:
        msg[k] = v
    for k, v in mime_headers:
        if k.lower() != "mime-version":
            msg[k] = v
    data = msg.as_bytes(policy=policy.compat32.clone(linesep="\r\n" if crlf else "\n"))
    if MESSAGES:
        assert date > MESSAGES[-1][3], ("out of order", key)
    MESSAGES.append((label, note, data, date))


def L(kind, reply, case=None, cands=()):
    return OrderedDict([("kind", kind), ("needs_reply", reply), ("case", case),
                        ("candidate_ids", list(cands))])


def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


P = (ME_NAME, ME_P)
W = (ME_NAME, ME_W)
PJ = (ME_NAME_JA, ME_P)
SUPPORT_SIG = ("\nBest regards,\n%s\nAWS Training and Certification Customer Support\n")
FORM_FOOTER = ("\n--\nTo add to this case, reply to this message without changing the subject line.\n"
               "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.\n")
CONSOLE_FOOTER = ("\n\nTo see the case, add a reply or attach files, open the AWS Support Center:\n"
                  "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n"
                  "Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
                  "To contact us about this case, use the link above.\n\n"
                  "Amazon Web Services\n\n"
                  "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n")


def form_from(agent=None):
    return ("Amazon Web Services" if agent is None else "Amazon Web Services", FORM)


def build():
    gm_amz = auth_gmail("amazon.com")
    ms_amz = auth_m365("amazon.com")

    # ------------------------------------------------------------------ 2021: case E
    add(L("acknowledgement", False, E, [OLD]),
        "2021 form ack for ESL +30; echoes the submitted form including the candidate ID (support's own text, not a quote).",
        key="E1", date=dt("2021-06-14 02:11:40"), frm=form_from(), to=W, crlf=True,
        subject="[CASE %s] [AWS Training and Certification Form Submission] - exam-accommodations" % E,
        auth=ms_amz, cte="7bit", charset="us-ascii",
        text=("Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to answer your "
              "request. Our team normally replies within one business day.\n\nThe details of your case are as follows:\n\n"
              "Case ID: %s\nSubject: exam-accommodations\nSeverity: General Guidance\nCorrespondence: \n"
              "Name: Ren Takagi\nCandidate ID: %s\nInquiry: I would like ESL +30 for my next exam. English is not my first language.\n\n"
              "Opening more than one case for the same question slows our response, so please add any new details to this case.\n"
              % (E, E, OLD)) + FORM_FOOTER)

    add(L("info_request", True, E),
        "Stiff template from an offshore agent: 'it is requested to provide...', 'Awaiting for your response.' No please, no question mark.",
        key="E2", date=dt("2021-06-15 14:52:03", "IST"), frm=form_from(), to=W, reply_to_key="E1", crlf=True,
        subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-accommodations" % E,
        auth=ms_amz, cte="7bit", charset="us-ascii",
        text=("Dear Candidate,\n\nGreetings from AWS Training and Certification.\n\n"
              "With reference to your request for ESL +30 accommodation, it is requested to provide the confirmation "
              "that English is not your primary language along with the exam code for which the accommodation is required.\n\n"
              "Awaiting for your response.\n\nThanks & Regards,\nSuresh K.\nAWS Training and Certification Customer Support\n")
        + FORM_FOOTER)

    add(L("unrelated", False),
        "Pearson VUE appointment confirmation with a 9-digit registration number; exam-vendor mail, not a case.",
        key="X1", date=dt("2021-06-15 18:20:11", "PDT"), frm=("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=W,
        subject="Confirmation of your Amazon Web Services exam appointment", auth=auth_m365("pearson.com"),
        cte="quoted-printable",
        text=("Dear Ren Takagi,\n\nThank you for scheduling your exam with Pearson VUE.\n\n"
              "Exam: SAA-C02: AWS Certified Solutions Architect - Associate\nRegistration ID: 412987365\n"
              "Appointment: Saturday, July 10, 2021 at 10:00 AM JST\nLocation: OnVUE online proctored\n\n"
              "To reschedule or cancel, sign in to your Pearson VUE account at least 24 hours before your appointment.\n\n"
              "Pearson VUE\n"))

    add(L("closing_notice", True, E),
        "Three-line closing warning; the need is implied ('without a reply ... gets closed'), no question.",
        key="E3", date=dt("2021-06-21 09:03:55", "PDT"), frm=form_from(), to=W, reply_to_key="E2",
        subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-accommodations" % E,
        auth=ms_amz, cte="7bit", charset="us-ascii",
        text=("Hi,\n\nFollowing up on case %s. Without a reply in 3 days this case gets closed automatically; "
              "answering this mail keeps it open.\n\nMarta\nAWS T&C Support\n" % E) + FORM_FOOTER)

    add(L("user_reply", False, E, [OLD]),
        "Owner's Outlook-style reply from the company address, non-native English, candidate ID in new text.",
        key="E4", date=dt("2021-06-22 10:12:00", "JST"), frm=W, to=[("Amazon Web Services", FORM)], reply_to_key="E3",
        subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - exam-accommodations" % E,
        sent=True, mid_domain="TYCPR01MB7421.jpnprd01.prod.outlook.com", crlf=True, cte="7bit", charset="us-ascii",
        text=("Hello,\n\nSorry for late reply. My primary language is Japanese. Exam is SAA-C02.\n"
              "Candidate ID %s\n\nRegards,\nRen Takagi\n\n"
              "-----Original Message-----\nFrom: Amazon Web Services <%s>\nSent: Tuesday, June 22, 2021 1:03 AM\n"
              "To: Ren Takagi <%s>\nSubject: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-accommodations\n\n"
              "Hi,\n\nFollowing up on case %s. Without a reply in 3 days this case gets closed automatically; "
              "answering this mail keeps it open.\n\nMarta\nAWS T&C Support\n" % (OLD, FORM, ME_W, E, E)))

    add(L("resolved", False, E),
        "Short completion with 'No further action is required.'",
        key="E5", date=dt("2021-06-22 16:40:12", "PDT"), frm=form_from(), to=W, reply_to_key="E4",
        subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-accommodations" % E,
        auth=ms_amz, cte="7bit", charset="us-ascii",
        text=("Hello Ren,\n\nESL +30 is now on your certification account and will apply to every exam you book from now on. "
              "No further action is required.\n\nMarta\nAWS T&C Support\n") + FORM_FOOTER)

    add(L("survey", False, E),
        "Post-case survey, HTML-only with a rating row.",
        key="E6", date=dt("2021-06-23 03:15:00"), frm=("AWS Training and Certification", "aws-tc-survey@amazon.com"), to=W,
        reply_to_key="E5", subject="How did we do on case %s?" % E, auth=ms_amz, cte="quoted-printable",
        html=("<html><body><p>Hello,</p><p>Your recent case %s with AWS Training and Certification Customer Support was closed. "
              "Tell us how it went &mdash; it takes one click.</p><table><tr>"
              "<td><a href=\"https://survey.aws.training/r?c=%s&s=1\">1</a></td><td><a href=\"https://survey.aws.training/r?c=%s&s=2\">2</a></td>"
              "<td><a href=\"https://survey.aws.training/r?c=%s&s=3\">3</a></td><td><a href=\"https://survey.aws.training/r?c=%s&s=4\">4</a></td>"
              "<td><a href=\"https://survey.aws.training/r?c=%s&s=5\">5</a></td></tr></table>"
              "<p style=\"color:#777\">You are receiving this because you contacted AWS Training and Certification.</p></body></html>"
              % ((E,) * 6)))

    # ------------------------------------------------------------------ 2023: case D (Japanese support)
    add(L("acknowledgement", False, D),
        "Japanese ack in ISO-2022-JP with the duplicate-case warning.",
        key="D1", date=dt("2023-03-02 11:02:17", "JST"), frm=("アマゾン ウェブ サービス", FORM), to=W,
        subject="[CASE %s] %s" % (D, "[AWS トレーニングと認定 フォーム送信] - certificate"), subject_charset="iso-2022-jp",
        charset="iso-2022-jp", auth=ms_amz,
        text=("お客様\n\nAWS トレーニングと認定へお問い合わせいただき、ありがとうございます。\n"
              "ケース %s としてお問い合わせを承りました。担当者より通常 24 時間以内にご連絡いたします。\n\n"
              "同じ内容で新しいケースを作成されますと対応が遅れる場合がございますので、追加情報は本ケースへのご返信でお寄せください。\n\n"
              "ケース ID: %s\n件名: 認定証の氏名表記について\n\n"
              "アマゾン ウェブ サービス\n" % (D, D)))

    add(L("info_request", True, D),
        "Japanese keigo request (〜ご教示いただけますでしょうか) in Shift_JIS, base64.",
        key="D2", date=dt("2023-03-03 15:30:44", "JST"), frm=("アマゾン ウェブ サービス", FORM), to=W, reply_to_key="D1",
        subject="RE:[CASE %s] %s" % (D, "[AWS トレーニングと認定 フォーム送信] - certificate"),
        charset="shift_jis", cte="base64", auth=ms_amz,
        text=("高木 様\n\nお問い合わせありがとうございます。AWS トレーニングと認定 カスタマーサポートの佐藤でございます。\n\n"
              "認定証のお名前の表記を修正するにあたり、ご希望のローマ字表記(姓・名の順序を含む)をご教示いただけますでしょうか。\n"
              "あわせて、公的な身分証明書に記載のお名前と一致していることをご確認ください。\n\n"
              "何卒よろしくお願い申し上げます。\n\n佐藤\nAWS トレーニングと認定 カスタマーサポート\n"))

    add(L("user_reply", False, D),
        "Owner's Japanese reply with 「…より:」-style quote header.",
        key="D3", date=dt("2023-03-03 18:05:10", "JST"), frm=("高木 蓮", ME_W), to=[("アマゾン ウェブ サービス", FORM)],
        reply_to_key="D2", subject="RE: [CASE %s] %s" % (D, "[AWS トレーニングと認定 フォーム送信] - certificate"),
        sent=True, mid_domain="TYCPR01MB7421.jpnprd01.prod.outlook.com", charset="utf-8", cte="base64",
        text=("佐藤様\n\nご連絡ありがとうございます。\n「TAKAGI REN」(姓・名の順)でお願いいたします。パスポートと同じ表記です。\n\n高木\n\n"
              "2023年3月3日(金) 15:30 アマゾン ウェブ サービス <%s>:\n"
              "> 高木 様\n>\n> 認定証のお名前の表記を修正するにあたり、ご希望のローマ字表記(姓・名の順序を含む)をご教示いただけますでしょうか。\n" % FORM))

    add(L("resolved", False, D),
        "Japanese completion with a conditional invitation (ご不明な点がございましたら…ご返信ください).",
        key="D4", date=dt("2023-03-06 10:41:09", "JST"), frm=("アマゾン ウェブ サービス", FORM), to=W, reply_to_key="D3",
        subject="RE:[CASE %s] %s" % (D, "[AWS トレーニングと認定 フォーム送信] - certificate"),
        charset="iso-2022-jp", auth=ms_amz,
        text=("高木 様\n\nお待たせいたしました。認定アカウントのお名前を「TAKAGI REN」に更新いたしました。"
              "新しい認定証は認定アカウントからダウンロードいただけます。\n\n"
              "ご不明な点がございましたら、本メールにご返信ください。\n\n佐藤\nAWS トレーニングと認定 カスタマーサポート\n"))

    add(L("badge", False),
        "Credly mail (older youracclaim-era wording) about an updated badge.",
        key="X2", date=dt("2023-03-07 20:14:33"), frm=("Credly", "admin@credly.com"), to=W,
        subject="Your badge from Amazon Web Services Training and Certification has been updated",
        auth=auth_m365("credly.com"), cte="quoted-printable",
        text=("Hi Ren,\n\nAmazon Web Services Training and Certification updated the details of your badge "
              "\"AWS Certified Solutions Architect - Associate\". The recipient name now reads TAKAGI REN.\n\n"
              "View your badge: https://www.credly.com/badges/6f1c2a9e-4b7d-4f0e-9a51-2c8d3e77b0a4\n\nThe Credly Team\n"))

    # ------------------------------------------------------------------ 2025 lead-up
    add(L("unrelated", False),
        "AWS billing statement; 12-digit account ID in brackets is not a case number.",
        key="X3", date=dt("2025-10-20 05:12:40"), frm=("Amazon Web Services", "aws-billing@amazon.com"), to=P,
        subject="Amazon Web Services Billing Statement Available [Account: 111122223333]", auth=gm_amz,
        cte="quoted-printable",
        text=("Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement, for the account ending in 3333, "
              "is available on the AWS web site. Your account will be charged the following:\n\nTotal: $4.83\n\n"
              "You can see a complete break down of all charges on the Billing & Cost Management page.\n\n"
              "Sincerely,\nAmazon Web Services\n"))

    add(L("certification", False, None, [OLD]),
        "CertMetrics expiry notice to the company address; has the candidate ID; 'recertify' call to action but no case.",
        key="X4", date=dt("2025-10-20 16:00:02"), frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=W,
        subject="Your AWS Certification expires in 60 days", auth=auth_m365("certmetrics.com"), cte="quoted-printable",
        html=("<html><body><p>Hello Ren Takagi (%s),</p><p>Your <b>AWS Certified Solutions Architect &ndash; Associate</b> "
              "certification expires on <b>December 19, 2025</b>.</p><p>Recertify by passing the current version of the exam "
              "or a higher-level exam. Visit your AWS Certification Account to schedule.</p><p>AWS Certification</p></body></html>" % OLD))

    add(L("unrelated", False),
        "Colleague's Japanese handover mail in Shift_JIS; suggests moving the cert account and asks a question, but it is not support.",
        key="X5", date=dt("2025-10-21 13:22:51", "JST"), frm=("山本 剛", "t-yamamoto@mizunami-tech.co.jp"), to=[("高木 蓮", ME_W)],
        subject="引き継ぎの件", charset="shift_jis", cte="base64", auth="mizunami-tech.co.jp; spf=pass; dkim=pass; dmarc=pass",
        text=("高木さん\n\nお疲れさまです。山本です。\n引き継ぎ資料ありがとうございました。\n"
              "ところで、AWS認定のアカウントって会社のアドレスのままですよね?APNの人数にカウントされているので、"
              "辞める前に個人アドレスへ移すならパートナー管理者の鈴木さんにも一言伝えておいてもらえますか。\n\n"
              "木曜の送別会、店は予約済みです。\n\n山本\n"))

    add(L("unrelated", False),
        "Builder ID one-time code (6 digits), not case mail.",
        key="X6", date=dt("2025-10-22 08:41:05"), frm=("AWS", "no-reply@signin.aws"), to=P,
        subject="Verify your AWS Builder ID email address", auth=auth_gmail("signin.aws"), cte="7bit", charset="us-ascii",
        text=("Hello,\n\nUse this code to verify your email address for AWS Builder ID:\n\n    603918\n\n"
              "The code expires in 10 minutes. If you did not request it, ignore this message.\n\nAWS\n"))

    add(L("user_reply", False, None, [OLD, NEW]),
        "Owner's note to self (company -> personal) listing both candidate IDs before filing; no case yet.",
        key="U1", date=dt("2025-10-22 19:03:27", "JST"), frm=("高木 蓮", ME_W), to=[("", ME_P)],
        subject="メモ: AWS認定アカウント統合", sent=True, mid_domain="TYCPR01MB7421.jpnprd01.prod.outlook.com",
        cte="base64",
        text=("自分用メモ\n\n旧(会社): %s / %s\n新(個人): %s / %s\n"
              "特典: 50%%割引バウチャー1枚(未使用)、SAA 12/19 失効\n証明書PDFは添付済み。\n" % (OLD, ME_W, NEW, ME_P)),
        attachment=("SAA-certificate.pdf", "application/pdf", b"%PDF-1.4\n% placeholder certificate\n%%EOF\n"))

    add(L("unrelated", False),
        "GitHub 'merged' notification (word 'merged' trap).",
        key="X7", date=dt("2025-10-23 08:15:19"), frm=("kazu-ito", "notifications@github.com"), to=P,
        subject="Re: [ren-takagi/tf-modules] Split IAM policy module (PR #412)", auth=auth_gmail("github.com"),
        cte="7bit", charset="us-ascii",
        extra={"List-ID": "ren-takagi/tf-modules <tf-modules.ren-takagi.github.com>"},
        text=("Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\n"
              "https://github.com/ren-takagi/tf-modules/pull/412#event-15523019\nYou are receiving this because you authored the thread.\n"))

    # ------------------------------------------------------------------ case A / B start
    add(L("acknowledgement", False, A),
        "Japanese ack (UTF-8 QP) with English subject; 24h promise and don't-duplicate warning; echoes the form text (no candidate IDs in it).",
        key="A1", date=dt("2025-10-24 10:08:31"), frm=("Amazon Web Services", FORM), to=P,
        subject="[CASE %s] %s" % (A, SUBJ_FORM), auth=gm_amz, cte="quoted-printable",
        text=("こんにちは\n\nアマゾン ウェブ サービスにお問い合わせいただきありがとうございます。ケース %s を作成しました。\n"
              "通常 24 時間以内に担当者よりご連絡いたしますが、内容によってはお時間をいただく場合がございます。\n"
              "すでにケースをお持ちの場合、同じご依頼で新しいケースを作成しないようお願いいたします。\n\n"
              "ケースの詳細:\n\nケース ID: %s\n件名: account-assistance\n問い合わせ内容:\n"
              "I am leaving Mizunami Tech at the end of October and would like to merge my accounts.\n"
              "Emails used: %s, %s\nEmail to keep: %s\n\nアマゾン ウェブ サービス\n" % (A, A, ME_W, ME_P, ME_P)) + FORM_FOOTER)

    add(L("acknowledgement", False, B),
        "Second ack, same request filed again from the company address (duplicate case about to appear).",
        key="B1", date=dt("2025-10-24 11:05:40"), frm=("Amazon Web Services", FORM), to=W,
        subject="[CASE %s] %s" % (B, SUBJ_FORM), auth=ms_amz, cte="7bit", charset="us-ascii", crlf=True,
        text=("Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s for your request and "
              "will usually reply within 24 hours.\n\nThe details of your case are as follows:\n\nCase ID: %s\n"
              "Subject: account-assistance\nDescription: Merge company cert account into personal one "
              "(ren.takagi.cloud@gmail.com). Leaving company 10/31.\n\n"
              "Please avoid opening another case for the same request.\n" % (B, B)) + FORM_FOOTER)

    add(L("unrelated", False),
        "Skill Builder subscription receipt from aws.training; AWS but not a case.",
        key="X8", date=dt("2025-10-24 12:30:00"), frm=("AWS Skill Builder", "no-reply@aws.training"), to=P,
        subject="Your AWS Skill Builder receipt", auth=auth_gmail("aws.training"), cte="quoted-printable",
        html=("<html><body><h2>Thanks for your order</h2><table border=\"1\" cellpadding=\"4\">"
              "<tr><td>Order</td><td>SB-2025-10-7781204</td></tr><tr><td>Item</td><td>AWS Skill Builder Individual subscription (monthly)</td></tr>"
              "<tr><td>Total</td><td>USD 29.00</td></tr></table><p>No action is needed. Manage your subscription in Skill Builder.</p></body></html>"))

    add(L("info_request", True, A),
        "One-line chat-style ask: 'Candidate IDs for both accounts needed to proceed.' No please, no question mark.",
        key="A2", date=dt("2025-10-24 15:30:12"), frm=("Amazon Web Services", FORM), to=P, reply_to_key="A1",
        subject="RE:[CASE %s] %s" % (A, SUBJ_FORM), auth=gm_amz, cte="7bit", charset="us-ascii",
        text=("Hi Ren,\n\nCandidate IDs for both accounts needed to proceed (AWS + 8 digits, top right of the cert account page).\n\n"
              "- Dev\n") + FORM_FOOTER)

    add(L("case_update", False, B),
        "Duplicate closed and linked to the other case; mentions the other case number; asks nothing.",
        key="B2", date=dt("2025-10-24 15:41:55"), frm=("Amazon Web Services", FORM), to=W, reply_to_key="B1",
        subject="RE:[CASE %s] %s" % (B, SUBJ_FORM), auth=ms_amz, cte="7bit", charset="us-ascii",
        text=("Hello,\n\nThis request is already being handled under case %s, so I am closing this one as a duplicate. "
              "All updates will come on the other case.\n\nDev\nAWS Training and Certification\n" % A) + FORM_FOOTER)

    add(L("user_reply", False, A, [OLD, NEW]),
        "Owner's Gmail reply with both candidate IDs; quoted one-line request below.",
        key="A3", date=dt("2025-10-25 08:10:44", "JST"), frm=P, to=[("Amazon Web Services", FORM)], reply_to_key="A2",
        subject="Re: RE:[CASE %s] %s" % (A, SUBJ_FORM), sent=True, mid_domain="mail.gmail.com", cte="7bit", charset="us-ascii",
        text=("Hi Dev,\n\nOld (company): %s\nNew (personal): %s\n\nThanks,\nRen\n\n"
              "On Sat, Oct 25, 2025 at 12:30 AM Amazon Web Services <%s> wrote:\n"
              "> Hi Ren,\n>\n> Candidate IDs for both accounts needed to proceed (AWS + 8 digits, top right\n> of the cert account page).\n>\n> - Dev\n"
              % (OLD, NEW, FORM)))

    add(L("acknowledgement", False, A),
        "Automatic 'we received your reply' note; short, no ask.",
        key="A4", date=dt("2025-10-24 23:11:59"), frm=("Amazon Web Services", FORM), to=P, reply_to_key="A3",
        subject="RE:[CASE %s] %s" % (A, SUBJ_FORM), auth=gm_amz, cte="7bit", charset="us-ascii",
        text=("We received your reply on case %s. It has been added to the case and an agent will pick it up.\n" % A)
        + FORM_FOOTER)

    add(L("unrelated", False),
        "AWS marketing, HTML-only, with 'Register now' call to action.",
        key="X9", date=dt("2025-10-25 14:00:00"), frm=("AWS Events", "aws-marketing-email-replies@amazon.com"), to=P,
        subject="Last chance: reserve your seat for re:Invent 2025 sessions", auth=gm_amz, cte="quoted-printable",
        html=("<html><body><table width=\"600\"><tr><td><h1>re:Invent 2025</h1><p>Session reservations close Friday. "
              "Reserve your seat in the certification lounge and prep workshops.</p>"
              "<p><a href=\"https://reinvent.awsevents.com/\">Register now</a></p>"
              "<p style=\"font-size:10px\">Unsubscribe | Amazon Web Services, Inc., 410 Terry Ave N, Seattle, WA</p></td></tr></table></body></html>"))

    add(L("suspicious", False),
        "Lookalike domain (aws-certsupport.net, DKIM passes for *that* domain) copying the case subject style with an invented case number; credential link.",
        key="S1", date=dt("2025-10-25 22:47:13"), frm=("AWS Training and Certification", "case-support@aws-certsupport.net"), to=P,
        subject="RE:[CASE 176131877700412] Action required: verify identity to complete account merge",
        auth=auth_gmail("aws-certsupport.net", dkim_domain="aws-certsupport.net", mailfrom="bounce@aws-certsupport.net", ip="91.215.85.14"),
        cte="quoted-printable",
        html=("<html><body><p>Dear Candidate,</p><p>Your account merge request cannot be completed until you verify your identity. "
              "Sign in with your AWS Builder ID within 24 hours or the certifications on both accounts will be suspended.</p>"
              "<p><a href=\"https://aws-certsupport.net/verify?id=ren.takagi.cloud\">Verify now</a></p>"
              "<p>Reply to this email with your Builder ID password if the link does not work.</p>"
              "<p>AWS Training and Certification</p></body></html>"))

    add(L("on_hold", False, A, [OLD]),
        "APN partner hold; explicitly says nothing is needed from the owner now.",
        key="A5", date=dt("2025-10-26 01:20:07"), frm=("Amazon Web Services", FORM), to=P, reply_to_key="A4",
        subject="RE:[CASE %s] %s" % (A, SUBJ_FORM), auth=gm_amz, cte="quoted-printable",
        text=("Hello Ren,\n\nThank you for the IDs. Account %s is linked to the AWS Partner Network profile of Mizunami Tech Co., Ltd., "
              "and partner-linked certification accounts can only be moved once the partner releases them. I have sent the request "
              "to the partner's AWS Partner Central administrator. Until they act, the case stays on hold; nothing is needed from you "
              "at this stage.\n\nBest regards,\nDev\nAWS Training and Certification Customer Support\n" % OLD) + FORM_FOOTER)

    add(L("unrelated", False),
        "Other vendor's case closed (Microsoft credentials support); 'case closed' trap.",
        key="X10", date=dt("2025-10-27 03:30:41"), frm=("Microsoft Support", "supportmail@microsoft.com"), to=P,
        subject="Case 2510270040008871 has been closed - Microsoft Certification profile",
        auth=auth_gmail("microsoft.com", mailfrom="supportmail@microsoft.com", ip="40.107.22.55"), cte="quoted-printable",
        text=("Hello Ren,\n\nYour support request 2510270040008871 (Certification profile: duplicate Learn profiles) has been closed. "
              "If the issue comes back, reply within 7 days to reopen it.\n\nMicrosoft Certification Support\n"))

    add(L("unrelated", False),
        "Japanese out-of-office auto-reply from the partner admin colleague.",
        key="X11", date=dt("2025-10-27 13:00:12", "JST"), frm=("鈴木 真理子", "m-suzuki@mizunami-tech.co.jp"), to=[("高木 蓮", ME_W)],
        subject="自動応答: APN アカウントの件", charset="iso-2022-jp", subject_charset="iso-2022-jp",
        auth="mizunami-tech.co.jp; spf=pass; dkim=pass; dmarc=pass", extra={"Auto-Submitted": "auto-replied"},
        text=("10月27日〜10月29日は休暇のため不在です。10月30日以降に順次返信いたします。\n"
              "お急ぎの場合は partner-admin@mizunami-tech.co.jp までご連絡ください。\n\n鈴木\n"))

    add(L("on_hold", True, A),
        "Still on hold for the partner, long explanation; the real ask is buried mid-paragraph (leaving? last day) and has a question mark only once.",
        key="A6", date=dt("2025-10-28 06:02:38"), frm=("Amazon Web Services", FORM), to=P, reply_to_key="A5",
        subject="RE:[CASE %s] %s" % (A, SUBJ_FORM), auth=gm_amz, cte="quoted-printable",
        text=("Hello Ren,\n\nMy name is Kateryna and I am taking over this case from Dev. The partner administrator at Mizunami Tech "
              "has not yet responded to the release request, so the case remains on hold on our side. Partner reviews can take "
              "up to ten business days, and we cannot shorten that from here. There is one route that does not depend on the partner: "
              "when the certification holder is leaving the partner company, we can release the account ourselves on the basis of "
              "that separation. Are you leaving Mizunami Tech, and if so, what is your last working day? With that on the case we "
              "can move forward; otherwise we keep waiting for the partner.\n\nKind regards,\nKateryna\n"
              "AWS Training and Certification Customer Support\n") + FORM_FOOTER)

    add(L("user_reply", False, A),
        "Owner's terse non-native reply with no quote.",
        key="A7", date=dt("2025-10-28 18:44:02", "JST"), frm=P, to=[("Amazon Web Services", FORM)], reply_to_key="A6",
        subject="Re: RE:[CASE %s] %s" % (A, SUBJ_FORM), sent=True, mid_domain="mail.gmail.com", cte="7bit", charset="us-ascii",
        text="Yes leaving. Last day is Oct 31. Company mail stops same day.\n\nRen\n")

    add(L("case_update", False, A),
        "Two-line 'Thanks, noted' with hold lifted; no ask.",
        key="A8", date=dt("2025-10-29 00:15:20"), frm=("Amazon Web Services", FORM), to=P, reply_to_key="A7",
        subject="RE:[CASE %s] %s" % (A, SUBJ_FORM), auth=gm_amz, cte="7bit", charset="us-ascii",
        text=("Thanks, noted. Hold lifted; case is with the merge team now.\n\nKateryna\n") + FORM_FOOTER)

    add(L("unrelated", False),
        "Google Cloud certification support (other vendor) asking 'anything else?' with auto-close warning.",
        key="X12", date=dt("2025-10-29 04:12:09"), frm=("Google Cloud Certification Support", "support@cloudcertification.zendesk.com"), to=P,
        subject="[Request #884213] Voucher not applied at checkout", auth=auth_gmail("cloudcertification.zendesk.com", mailfrom="support@cloudcertification.zendesk.com", ip="192.161.148.12"),
        cte="quoted-printable",
        text=("##- Please type your reply above this line -##\n\nHi Ren,\n\nThe voucher has been re-enabled. Is there anything else we can "
              "help with? If we don't hear back in 5 days, this request will close automatically.\n\nAnna\nGoogle Cloud Certification Support\n"))

    add(L("suspicious", False),
        "Claims to be the real form address but DMARC/DKIM fail at Gmail; asks for confirmation via a link. Invented case number.",
        key="S2", date=dt("2025-10-29 11:38:50"), frm=("Amazon Web Services", FORM), to=P,
        subject="RE:[CASE 176172203300981] Merge confirmation required",
        auth=auth_gmail("amazon.com", ok=False, mailfrom="mailer@srv-4471.hostnet-eu.com", ip="185.220.101.47"),
        extra={"Return-Path-Addr": "mailer@srv-4471.hostnet-eu.com"}, cte="quoted-printable",
        text=("Hello,\n\nWe are ready to merge your certification accounts. Confirm the merge by signing in at "
              "https://aws-training-confirm.com/merge within 48 hours. Unconfirmed requests are cancelled and both accounts are locked.\n\n"
              "AWS Training and Certification\n"))

    add(L("confirmation_request", True, A, [NEW, OLD]),
        "Non-native, no please, no question mark ('Need your confirmation to merge...'); Account #1/#2 listing in an HTML table + text alternative; Cc to company address.",
        key="A9", date=dt("2025-10-30 01:05:33"), frm=("Amazon Web Services", FORM), to=P, cc=[W], reply_to_key="A8",
        subject="RE:[CASE %s] %s" % (A, SUBJ_FORM), auth=gm_amz, cte="quoted-printable",
        text=("Hello Ren,\n\nWe are found below 2 accounts in our system.\n\nAccount #1\nCandidate ID: %s\nLogin email: %s\n"
              "Training notification email: %s\nCertification notification email: %s\n\nAccount #2\nCandidate ID: %s\n"
              "Login email: %s\nTraining notification email: %s\nCertification notification email: %s\n\n"
              "Need your confirmation to merge Account #2 into Account #1. After merge Account #2 will not be available.\n\n"
              "Regards,\nPriya\nAWS Training and Certification Customer Support\n" % (NEW, ME_P, ME_P, ME_P, OLD, ME_W, ME_W, ME_W))
        + FORM_FOOTER,
        html=("<html><body><p>Hello Ren,</p><p>We are found below 2 accounts in our system.</p>"
              "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
              "<tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
              "<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>"
              "<tr><td>Login email</td><td>%s</td><td>%s</td></tr>"
              "<tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>"
              "<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr></table>"
              "<p>Need your confirmation to merge Account #2 into Account #1. After merge Account #2 will not be available.</p>"
              "<p>Regards,<br>Priya<br>AWS Training and Certification Customer Support</p></body></html>"
              % (NEW, OLD, ME_P, ME_W, ME_P, ME_W, ME_P, ME_W)))

    add(L("user_reply", False, A),
        "Owner confirms from the COMPANY address (Outlook style, top-posted over the listing).",
        key="A10", date=dt("2025-10-30 10:21:40", "JST"), frm=W, to=[("Amazon Web Services", FORM)], reply_to_key="A9",
        subject="RE: [CASE %s] %s" % (A, SUBJ_FORM), sent=True, mid_domain="TYCPR01MB7421.jpnprd01.prod.outlook.com", crlf=True,
        cte="quoted-printable",
        text=("Confirmed. Please merge Account #2 to Account #1.\n\nRen Takagi\nMizunami Tech Co., Ltd.\n\n"
              "________________________________\nFrom: Amazon Web Services <%s>\nSent: Thursday, October 30, 2025 10:05\n"
              "To: %s\nCc: %s\nSubject: RE:[CASE %s] %s\n\nHello Ren,\n\nWe are found below 2 accounts in our system.\n\n"
              "Account #1\nCandidate ID: %s\nLogin email: %s\n\nAccount #2\nCandidate ID: %s\nLogin email: %s\n\n"
              "Need your confirmation to merge Account #2 into Account #1.\n" % (FORM, ME_P, ME_W, A, SUBJ_FORM, NEW, ME_P, OLD, ME_W)))

    add(L("unrelated", False),
        "Japanese tech newsletter mentioning AWS certification account merges.",
        key="X13", date=dt("2025-10-30 17:00:00", "JST"), frm=("週刊クラウド通信", "news@cloud-tsushin.jp"), to=P,
        subject="【週刊クラウド通信】転職時にAWS認定を引き継ぐには ほか", auth=auth_gmail("cloud-tsushin.jp", mailfrom="news@cloud-tsushin.jp", ip="203.0.113.25"),
        cte="base64",
        html=("<html><body><h2>今週のトピック</h2><ul><li>転職時にAWS認定アカウントを統合する手順(サポートへの依頼と返信のコツ)</li>"
              "<li>re:Invent 2025 注目セッション</li><li>Bedrock の新料金体系</li></ul>"
              "<p>配信停止は<a href=\"https://cloud-tsushin.jp/unsub\">こちら</a></p></body></html>"))

    add(L("info_request", True, A),
        "Wrong-address reply rejected: confirmation must come from the personal address. Short, 'needs to come from' phrasing.",
        key="A11", date=dt("2025-10-31 02:40:18"), frm=("Amazon Web Services", FORM), to=P, reply_to_key="A10",
        subject="RE:[CASE %s] %s" % (A, SUBJ_FORM), auth=gm_amz, cte="7bit", charset="us-ascii",
        text=("Hi Ren,\n\nYour confirmation arrived from %s, which is not the contact address on this case. "
              "For account security it needs to come from %s. Same wording is fine.\n\nPriya\n" % (ME_W, ME_P)) + FORM_FOOTER)

    add(L("unrelated", False),
        "Company IT: mailbox deactivation notice on the last day.",
        key="X14", date=dt("2025-10-31 12:00:00", "JST"), frm=("情報システム部", "it-helpdesk@mizunami-tech.co.jp"), to=[("高木 蓮", ME_W)],
        subject="【情報システム部】メールボックス停止のお知らせ", charset="iso-2022-jp", subject_charset="iso-2022-jp",
        auth="mizunami-tech.co.jp; spf=pass; dkim=pass; dmarc=pass",
        text=("高木 蓮 様\n\n退職に伴い、本日18:00にメールボックスを停止します。必要なメールは事前に個人で保存してください。\n\n情報システム部\n"))

    add(L("certification", False),
        "CertMetrics program feedback request ('wants to hear from you') - not a support-case survey.",
        key="X15", date=dt("2025-11-01 17:00:00"), frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=P,
        subject="AWS Certification wants to hear from you", auth=auth_gmail("certmetrics.com", mailfrom="do-not-reply@certmetrics.com", ip="52.8.14.2"),
        cte="quoted-printable",
        html=("<html><body><p>Hello,</p><p>As an AWS Certified individual, your view shapes our exams. Take our 10-minute "
              "certification program survey.</p><p><a href=\"https://survey.certmetrics.com/aws/2025\">Start the survey</a></p></body></html>"))

    add(L("closing_notice", True, A),
        "Closing notice that quotes the address request; 'a reply keeps it open'.",
        key="A12", date=dt("2025-11-02 03:12:44"), frm=("Amazon Web Services", FORM), to=P, reply_to_key="A11",
        subject="RE:[CASE %s] %s" % (A, SUBJ_FORM), auth=gm_amz, cte="quoted-printable",
        text=("Hello Ren,\n\nWe have not received the merge confirmation from %s yet. If there is no reply within 72 hours, "
              "this case will be closed. A reply at any time keeps it open.\n\nPriya\nAWS Training and Certification Customer Support\n\n"
              "---------- Previous message ----------\nYour confirmation arrived from %s, which is not the contact address on this case. "
              "For account security it needs to come from %s.\n" % (ME_P, ME_W, ME_P)) + FORM_FOOTER)

    add(L("user_reply", False, A),
        "Owner's confirmation from the personal address, Gmail quoting.",
        key="A13", date=dt("2025-11-02 13:02:11", "JST"), frm=P, to=[("Amazon Web Services", FORM)], reply_to_key="A12",
        subject="Re: RE:[CASE %s] %s" % (A, SUBJ_FORM), sent=True, mid_domain="mail.gmail.com", cte="quoted-printable",
        text=("Hi Priya,\n\nConfirmed. Please merge Account #2 (%s) into Account #1 (%s).\nSorry for the delay.\n\nRen\n\n"
              "On Sun, Nov 2, 2025 at 12:12 PM Amazon Web Services <%s> wrote:\n"
              "> Hello Ren,\n>\n> We have not received the merge confirmation from %s yet.\n> If there is no reply within 72 hours, this case will be closed.\n"
              % (ME_W, ME_P, FORM, ME_P)))

    add(L("resolved", False, A),
        "Very short 'Done' completion, quoting the full old confirmation request underneath (old ask in history).",
        key="A14", date=dt("2025-11-03 00:48:02"), frm=("Amazon Web Services", FORM), to=P, reply_to_key="A13",
        subject="RE:[CASE %s] %s" % (A, SUBJ_FORM), auth=gm_amz, cte="quoted-printable",
        text=("Done - all accounts merged into Account #1 (%s).\n\nPriya\n\n"
              "-----Original Message-----\nFrom: AWS Training and Certification\nSent: 10/30/2025 01:05 UTC\n\n"
              "Account #1\nCandidate ID: %s\nLogin email: %s\n\nAccount #2\nCandidate ID: %s\nLogin email: %s\n\n"
              "Need your confirmation to merge Account #2 into Account #1.\n" % (ME_P, NEW, ME_P, OLD, ME_W)) + FORM_FOOTER)

    add(L("badge", False),
        "Credly badge issued after the merge; 'Accept your badge' call to action.",
        key="X16", date=dt("2025-11-03 01:30:17"), frm=("Credly", "admin@credly.com"), to=P,
        subject="Amazon Web Services Training and Certification has issued you a new badge", auth=auth_gmail("credly.com", mailfrom="bounce@credly.com", ip="198.2.180.10"),
        cte="quoted-printable",
        html=("<html><body><p>Congratulations, Ren!</p><p>Amazon Web Services Training and Certification issued you the "
              "<b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>"
              "<p><a href=\"https://www.credly.com/earner/earned/badge/0b8e1f7c-2d3a-4e6b-9f11-7a5c2e40d9b3\">Accept your badge</a></p></body></html>"))

    add(L("survey", False, A),
        "Case satisfaction survey, plain text, asks a question ('How satisfied...?').",
        key="A15", date=dt("2025-11-03 09:00:00"), frm=("AWS Training and Certification", "aws-tc-survey@amazon.com"), to=P,
        subject="How satisfied were you with case %s?" % A, auth=gm_amz, cte="7bit", charset="us-ascii",
        text=("Hello,\n\nHow satisfied were you with the support on case %s? Pick a score from 1 to 5:\n"
              "https://survey.aws.training/r?c=%s\n\nThis survey is optional.\n" % (A, A)))

    add(L("user_reply", False, A),
        "Owner forwards the resolution to a former colleague (Japanese top text, forwarded block).",
        key="A16", date=dt("2025-11-03 20:15:30", "JST"), frm=PJ, to=[("山本 剛", "tsuyoshi.yamamoto.82@gmail.com")],
        subject="Fwd: RE:[CASE %s] %s" % (A, SUBJ_FORM), sent=True, mid_domain="mail.gmail.com", cte="base64",
        text=("山本さん\n\n無事に個人アカウントへ統合できました。鈴木さんにもよろしくお伝えください。\n\n高木\n\n"
              "---------- Forwarded message ---------\nFrom: Amazon Web Services <%s>\nDate: 2025年11月3日(月) 9:48\n"
              "Subject: RE:[CASE %s] %s\nTo: <%s>\n\nDone - all accounts merged into Account #1 (%s).\n\nPriya\n"
              % (FORM, A, SUBJ_FORM, ME_P, ME_P)))

    add(L("suspicious", False),
        "Credly lookalike (credly-notify.com) threatening badge removal.",
        key="S3", date=dt("2025-11-04 05:55:01"), frm=("Credly", "admin@credly-notify.com"), to=P,
        subject="Your AWS badges will be removed in 24 hours", auth=auth_gmail("credly-notify.com", dkim_domain="credly-notify.com", mailfrom="admin@credly-notify.com", ip="45.141.84.120"),
        cte="quoted-printable",
        html=("<html><body><p>We detected a merge on your AWS Training and Certification account. To keep your badges, "
              "re-verify your Credly login today.</p><p><a href=\"https://credly-notify.com/login\">Re-verify</a></p></body></html>"))

    add(L("certification", False, None, [NEW]),
        "CertMetrics benefits notice on the merged account with the candidate ID.",
        key="X17", date=dt("2025-11-05 16:00:00"), frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=P,
        subject="Your AWS Certification benefits", auth=auth_gmail("certmetrics.com", mailfrom="do-not-reply@certmetrics.com", ip="52.8.14.2"),
        cte="quoted-printable",
        text=("Hello Ren Takagi,\n\nCandidate ID: %s\n\nBenefits available on your AWS Certification Account:\n"
              "- AWS Certified digital badge\n- Access to the AWS Certified Global Community\n\nAWS Certification\n" % NEW))

    add(L("case_update", False, A),
        "After resolution: FYI that the partner profile will update in days; 'No action needed on your side.'",
        key="A17", date=dt("2025-11-05 22:05:40"), frm=("Amazon Web Services", FORM), to=P, reply_to_key="A14",
        subject="RE:[CASE %s] %s" % (A, SUBJ_FORM), auth=gm_amz, cte="7bit", charset="us-ascii",
        text=("FYI: the partner side (Partner Central) refreshes its certification counts in about 5 business days, "
              "so Mizunami Tech may still show you until then. No action needed on your side.\n\nPriya\n") + FORM_FOOTER)

    # ------------------------------------------------------------------ case C (console)
    add(L("acknowledgement", False, C),
        "Support Center (console) new-case mail from no-reply-aws; cannot be answered by email.",
        key="C1", date=dt("2025-11-06 09:05:44"), frm=("Amazon Web Services", CONSOLE), to=P,
        subject="Amazon Web Services: New Support case: %s" % C, auth=gm_amz, cte="quoted-printable",
        text=("Dear AWS Customer,\n\nWe have opened case %s on your behalf.\n\nCase ID: %s\n"
              "Subject: 50%% exam discount voucher missing after certification account merge\nSeverity: General guidance\n"
              "Correspondence: The 50%% voucher from my old account is not on the merged account.\n" % (C, C))
        + CONSOLE_FOOTER % C)

    add(L("unrelated", False),
        "Another AWS customer-service form case (AWS Educate) asking a question: not a Training and Certification case.",
        key="X18", date=dt("2025-11-06 18:22:10"), frm=("Amazon Web Services", "aws-cs-educate-form@amazon.com"), to=P,
        subject="RE:[CASE 176244130100329] [AWS Educate Form Submission] - educator-access", auth=gm_amz, cte="7bit", charset="us-ascii",
        text=("Hello,\n\nTo give you educator access we need the name of the school and the class you teach. "
              "Could you reply with those?\n\nAWS Educate Support\n") + FORM_FOOTER)

    add(L("info_request", True, C),
        "Console case ask: terse bullet list, answer must go through the Support Center link (email not accepted).",
        key="C2", date=dt("2025-11-07 05:31:02"), frm=("Amazon Web Services", CONSOLE), to=P, reply_to_key="C1",
        subject="RE:[CASE %s] 50%% exam discount voucher missing after certification account merge" % C, auth=gm_amz,
        cte="quoted-printable",
        text=("Hello,\n\nNeeded to trace the voucher:\n- screenshot of the Benefits page of the old account, if you kept one\n"
              "- the exam you plan to use it for\n\nAdd them on the case in the Support Center.\n\nBest regards,\nTomas B.\nAmazon Web Services\n")
        + CONSOLE_FOOTER % C)

    add(L("unrelated", False),
        "connpass meetup notice in Japanese (asks to register).",
        key="X19", date=dt("2025-11-07 18:00:00", "JST"), frm=("connpass", "no-reply@connpass.com"), to=P,
        subject="JAWS-UG 東京 #61 の参加登録を受け付けました", auth=auth_gmail("connpass.com", mailfrom="no-reply@connpass.com", ip="52.68.10.3"),
        cte="base64",
        text=("高木 蓮 さん\n\nJAWS-UG 東京 #61 の参加登録を受け付けました。\n日時: 2025/11/20 19:00〜\n"
              "キャンセルの場合はイベントページから手続きしてください。\n"))

    add(L("closing_notice", True, C),
        "Console auto-resolve warning; reply must be in the Support Center; no question.",
        key="C3", date=dt("2025-11-10 05:31:55"), frm=("Amazon Web Services", CONSOLE), to=P, reply_to_key="C2",
        subject="RE:[CASE %s] 50%% exam discount voucher missing after certification account merge" % C, auth=gm_amz,
        cte="quoted-printable",
        text=("Hello,\n\nWe haven't heard back on this case. It will be resolved automatically in 3 days unless you respond "
              "in the Support Center. Once a case has been resolved for 14 days it cannot be reopened.\n\nAmazon Web Services\n")
        + CONSOLE_FOOTER % C)

    add(L("user_reply", False, C),
        "Owner mistakenly answers the console mail by e-mail (with attachment).",
        key="C4", date=dt("2025-11-10 19:40:01", "JST"), frm=P, to=[("Amazon Web Services", CONSOLE)], reply_to_key="C3",
        subject="Re: RE:[CASE %s] 50%% exam discount voucher missing after certification account merge" % C,
        sent=True, mid_domain="mail.gmail.com", cte="7bit", charset="us-ascii",
        text=("Screenshot attached (taken Oct 22). Exam: SAP-C02.\n\nRen\n"),
        attachment=("benefits-old-account.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 32))

    add(L("unrelated", False, C),
        "Bounce of the owner's e-mail to the no-reply console address (mailer-daemon), quoting the case subject.",
        key="C5", date=dt("2025-11-10 10:40:09"), frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=P,
        reply_to_key="C4", subject="Delivery Status Notification (Failure)", cte="7bit", charset="us-ascii",
        auth=None, mid_domain="mx.google.com",
        text=("** Address not found **\n\nYour message wasn't delivered to no-reply-aws@amazon.com because the address couldn't "
              "be found, or is unable to receive mail.\n\nThe response from the remote server was:\n"
              "550 5.1.1 This mailbox does not accept incoming e-mail\n\n----- Original message -----\n"
              "Subject: Re: RE:[CASE %s] 50%% exam discount voucher missing after certification account merge\n"
              "Screenshot attached (taken Oct 22). Exam: SAP-C02.\n" % C))

    add(L("user_reply", False, D),
        "Owner reopens the 2023 Japanese case by replying to the old thread from the personal address, long quoted history.",
        key="D5", date=dt("2025-11-11 08:20:15", "JST"), frm=PJ, to=[("アマゾン ウェブ サービス", FORM)], reply_to_key="D4",
        subject="Re: RE:[CASE %s] %s" % (D, "[AWS トレーニングと認定 フォーム送信] - certificate"), sent=True,
        mid_domain="mail.gmail.com", cte="base64",
        text=("佐藤様(またはご担当者様)\n\n2023年に対応いただいた件です。アカウント統合後、認定証の氏名が「Ren TAKAGI」に戻っていました。"
              "再度「TAKAGI REN」への修正をお願いできますか。連絡先は今後こちらの個人アドレスです。\n\n高木 蓮\n\n"
              "2023年3月6日(月) 10:41 アマゾン ウェブ サービス <%s>:\n> 高木 様\n>\n"
              "> お待たせいたしました。認定アカウントのお名前を「TAKAGI REN」に更新いたしました。\n>\n"
              "> ご不明な点がございましたら、本メールにご返信ください。\n" % FORM))

    add(L("case_update", False, C),
        "Console: screenshot received via the Support Center, passed to the benefits team.",
        key="C6", date=dt("2025-11-11 02:10:00"), frm=("Amazon Web Services", CONSOLE), to=P, reply_to_key="C3",
        subject="RE:[CASE %s] 50%% exam discount voucher missing after certification account merge" % C, auth=gm_amz,
        cte="quoted-printable",
        text=("Hello,\n\nThanks for adding the screenshot in the Support Center. I've passed it to the certification benefits team; "
              "they usually need 3-5 business days. I'll update this case when I hear back.\n\nTomas B.\nAmazon Web Services\n")
        + CONSOLE_FOOTER % C)

    add(L("case_update", False, D),
        "Japanese: case reopened and passed to the certification operations team; no ask.",
        key="D6", date=dt("2025-11-12 10:02:33", "JST"), frm=("アマゾン ウェブ サービス", FORM), to=P, reply_to_key="D5",
        subject="RE:[CASE %s] %s" % (D, "[AWS トレーニングと認定 フォーム送信] - certificate"),
        charset="iso-2022-jp", auth=gm_amz,
        text=("高木 様\n\n本ケースを再開し、認定運用チームへ確認を依頼いたしました。回答があり次第ご連絡いたします。\n\n"
              "中村\nAWS トレーニングと認定 カスタマーサポート\n"))

    add(L("resolved", False, C),
        "Console resolution carrying the console 'rate this' feedback footer; voucher reissued.",
        key="C7", date=dt("2025-11-14 07:45:10"), frm=("Amazon Web Services", CONSOLE), to=P, reply_to_key="C6",
        subject="RE:[CASE %s] 50%% exam discount voucher missing after certification account merge" % C, auth=gm_amz,
        cte="quoted-printable",
        text=("Hello,\n\nThe benefits team has issued a new 50% exam voucher to your merged account. It is visible under "
              "Benefits and is valid until the date shown there.\n\nWe value your feedback. Please share your experience by rating "
              "this correspondence using the link in the Support Center.\n\nTomas B.\nAmazon Web Services\n") + CONSOLE_FOOTER % C)

    add(L("survey", False, C),
        "Separate console survey mail.",
        key="C8", date=dt("2025-11-15 07:45:10"), frm=("Amazon Web Services", CONSOLE), to=P,
        subject="Tell us about your AWS Support experience (case %s)" % C, auth=gm_amz, cte="quoted-printable",
        html=("<html><body><p>Your case %s was recently resolved. How likely are you to recommend AWS Support?</p>"
              "<p><a href=\"https://amazonwebservices.qualtrics.com/jfe/form/SV_x?c=%s\">0 &ndash; 10</a></p></body></html>" % (C, C)))

    add(L("info_request", True, D, [NEW]),
        "Stiff translated Japanese template ('…をご返信ください') asking for birth date and candidate ID; the ID on file appears in the agent's own text.",
        key="D7", date=dt("2025-11-17 11:30:00", "JST"), frm=("アマゾン ウェブ サービス", FORM), to=P, reply_to_key="D6",
        subject="RE:[CASE %s] %s" % (D, "[AWS トレーニングと認定 フォーム送信] - certificate"),
        charset="iso-2022-jp", auth=gm_amz,
        text=("お客様各位\n\n本件に関し、お客様のご本人確認を実施する必要がございます。\n"
              "ご登録の生年月日、および現在ご利用中の認定アカウントの候補ID(弊社記録では %s)が正しいかどうかについて、本メールにご返信ください。\n\n"
              "以上、宜しくお願い申し上げます。\n\nAWS トレーニングと認定 カスタマーサポート\n" % NEW))

    add(L("user_reply", False, D, [NEW]),
        "Owner's short Japanese answer.",
        key="D8", date=dt("2025-11-17 12:02:48", "JST"), frm=PJ, to=[("アマゾン ウェブ サービス", FORM)], reply_to_key="D7",
        subject="Re: RE:[CASE %s] %s" % (D, "[AWS トレーニングと認定 フォーム送信] - certificate"), sent=True,
        mid_domain="mail.gmail.com", cte="base64",
        text="生年月日 1991/04/08、候補ID %s で正しいです。\n\n高木\n" % NEW)

    # ------------------------------------------------------------------ case F
    add(L("acknowledgement", False, F),
        "English ack, HTML-only.",
        key="F1", date=dt("2025-11-18 09:05:40"), frm=("Amazon Web Services", FORM), to=P,
        subject="[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % F, auth=gm_amz,
        cte="quoted-printable",
        html=("<html><body><p>Hello,</p><p>Thank you for contacting Amazon Web Services. We have opened case <b>%s</b>. "
              "Most cases get a first answer within 24 hours.</p><p>The details of your case are as follows:</p>"
              "<table><tr><td>Case ID</td><td>%s</td></tr><tr><td>Subject</td><td>exam-results</td></tr>"
              "<tr><td>Description</td><td>SAP-C02 taken last week, result not in Exam History.</td></tr></table>"
              "<p>Please keep all follow-ups on this case rather than opening a new one.</p></body></html>" % (F, F)))

    add(L("info_request", True, F),
        "Ultra-terse chat-style agent: 'pls send exam date + pearson reg no.' lowercase, no question mark.",
        key="F2", date=dt("2025-11-18 10:12:09"), frm=("Amazon Web Services", FORM), to=P, reply_to_key="F1",
        subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % F, auth=gm_amz,
        cte="7bit", charset="us-ascii",
        text="hi ren, pls send exam date + pearson reg no.\n\njay\n" + FORM_FOOTER)

    add(L("user_reply", False, F),
        "Owner's one-liner answer; the 9-digit registration number is not a case ID.",
        key="F3", date=dt("2025-11-18 19:30:00", "JST"), frm=P, to=[("Amazon Web Services", FORM)], reply_to_key="F2",
        subject="Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % F, sent=True,
        mid_domain="mail.gmail.com", cte="7bit", charset="us-ascii",
        text=("Nov 15, reg 418220931\n\nOn Tue, Nov 18, 2025 at 7:12 PM Amazon Web Services <%s> wrote:\n"
              "> hi ren, pls send exam date + pearson reg no.\n" % FORM))

    add(L("case_update", False, D),
        "Japanese 'still working on it' two-liner.",
        key="D9", date=dt("2025-11-19 09:15:00", "JST"), frm=("アマゾン ウェブ サービス", FORM), to=P, reply_to_key="D8",
        subject="RE:[CASE %s] %s" % (D, "[AWS トレーニングと認定 フォーム送信] - certificate"), cte="base64", auth=gm_amz,
        text="高木 様\n\nご確認ありがとうございます。引き続き対応中です。今しばらくお待ちください。\n\n中村\n")

    add(L("case_update", False, F),
        "'still working on it' in four words.",
        key="F4", date=dt("2025-11-19 14:00:31"), frm=("Amazon Web Services", FORM), to=P, reply_to_key="F3",
        subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % F, auth=gm_amz,
        cte="7bit", charset="us-ascii",
        text="got it, still working on it.\n\njay\n" + FORM_FOOTER)

    add(L("info_request", True, F),
        "Non-native 'Kindly revert with...' after a long explanation; request is the last line.",
        key="F5", date=dt("2025-11-20 15:44:20", "IST"), frm=("Amazon Web Services", FORM), to=P, reply_to_key="F4",
        subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % F, auth=gm_amz,
        cte="quoted-printable", crlf=True,
        text=("Dear Ren,\n\nGreetings of the day!\n\nWe have checked with Pearson VUE and the exam delivery record for registration "
              "418220931 is present at their end, however the score file did not get transferred to your certification account due to "
              "the account merge which happened on same period. To raise the manual score import with our backend team, a copy of "
              "the score report e-mail received by you is mandatory.\n\nKindly revert with the screenshot of the score report mail "
              "on the same thread.\n\nThanks & Regards,\nJayanth\nAWS Training and Certification Customer Support\n") + FORM_FOOTER)

    add(L("user_reply", False, F),
        "Owner replies with attachment, no text besides one line.",
        key="F6", date=dt("2025-11-21 00:10:00", "JST"), frm=P, to=[("Amazon Web Services", FORM)], reply_to_key="F5",
        subject="Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % F, sent=True,
        mid_domain="mail.gmail.com", cte="7bit", charset="us-ascii",
        text="Attached.\n\nRen\n", attachment=("score-report.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x01" * 40))

    add(L("resolved", False, D),
        "Japanese completion with 〜がございましたら conditional invitation, ISO-2022-JP.",
        key="D10", date=dt("2025-11-21 16:20:00", "JST"), frm=("アマゾン ウェブ サービス", FORM), to=P, reply_to_key="D9",
        subject="RE:[CASE %s] %s" % (D, "[AWS トレーニングと認定 フォーム送信] - certificate"),
        charset="iso-2022-jp", auth=gm_amz,
        text=("高木 様\n\n認定アカウントの氏名を「TAKAGI REN」に修正いたしました。再発防止のため、統合後のアカウントにも反映済みです。\n"
              "ほかにご不明な点がございましたら、お気軽にご返信ください。\n\n中村\nAWS トレーニングと認定 カスタマーサポート\n"))

    add(L("resolved", False, F),
        "One-word-ish resolution: 'Fixed. Score shows in Exam History now.'",
        key="F7", date=dt("2025-11-21 20:02:11"), frm=("Amazon Web Services", FORM), to=P, reply_to_key="F6",
        subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % F, auth=gm_amz,
        cte="7bit", charset="us-ascii",
        text="Fixed. Score shows in Exam History now.\n\njay\n" + FORM_FOOTER)

    add(L("certification", False, None, [NEW]),
        "Exam result / new certification notice with candidate ID.",
        key="X20", date=dt("2025-11-22 01:00:00"), frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=P,
        subject="Congratulations! You are now AWS Certified", auth=auth_gmail("certmetrics.com", mailfrom="do-not-reply@certmetrics.com", ip="52.8.14.2"),
        cte="quoted-printable",
        html=("<html><body><p>Congratulations, Ren Takagi!</p><p>You earned <b>AWS Certified Solutions Architect &ndash; Professional</b>.</p>"
              "<p>Candidate ID: %s<br>Validation number: 7Q2LXK1B3JE11ZS9</p>"
              "<p>Your digital badge will arrive from Credly.</p></body></html>" % NEW))

    add(L("badge", False),
        "Credly SAP badge mail.",
        key="X21", date=dt("2025-11-22 01:20:00"), frm=("Credly", "admin@credly.com"), to=P,
        subject="You earned a badge: AWS Certified Solutions Architect - Professional", auth=auth_gmail("credly.com", mailfrom="bounce@credly.com", ip="198.2.180.10"),
        cte="quoted-printable",
        text=("Hi Ren,\n\nAmazon Web Services Training and Certification issued you a badge. Accept it to share it on your profile:\n"
              "https://www.credly.com/earner/earned/badge/5d2f9a11-7c4e-4b2a-8e30-1f6b9d0c4a77\n\nCredly\n"))

    add(L("suspicious", False),
        "Japanese phishing from aws-training-jp.com about an 'incomplete merge'.",
        key="S4", date=dt("2025-11-23 02:14:00", "JST"), frm=("AWS トレーニングと認定", "support@aws-training-jp.com"), to=PJ,
        subject="【重要】AWS認定アカウントの統合手続きが完了していません",
        auth=auth_gmail("aws-training-jp.com", dkim_domain="aws-training-jp.com", mailfrom="support@aws-training-jp.com", ip="103.151.172.9"),
        cte="base64",
        html=("<html><body><p>お客様</p><p>AWS認定アカウントの統合手続きが完了していません。24時間以内に下記よりログインし、"
              "本人確認を行ってください。期限を過ぎますと認定資格が無効となります。</p>"
              "<p><a href=\"https://aws-training-jp.com/login\">本人確認はこちら</a></p></body></html>"))

    add(L("unrelated", False),
        "AWS Budgets alert (real AWS, not T&C).",
        key="X22", date=dt("2025-11-24 00:03:00"), frm=("AWS Budgets", "budgets@costalerts.amazonaws.com"), to=P,
        subject="AWS Budgets: monthly-cap has exceeded your alert threshold", auth=auth_gmail("costalerts.amazonaws.com", mailfrom="budgets@costalerts.amazonaws.com"),
        cte="7bit", charset="us-ascii",
        text=("AWS Budget Notification November 24, 2025\nAWS Account 111122223333\n\nBudget Name: monthly-cap\n"
              "Budgeted Amount: $5.00\nAlert Threshold: > $4.00\nACTUAL Amount: $4.21\n"))

    add(L("unrelated", False),
        "Other vendor (Atlassian) asks for info and says it's waiting on the customer.",
        key="X23", date=dt("2025-11-24 06:40:12"), frm=("Atlassian Support", "support@atlassian.com"), to=P,
        subject="[PSSRV-219874] Waiting for your reply: cannot transfer Bitbucket workspace ownership",
        auth=auth_gmail("atlassian.com", mailfrom="jira@atlassian.com", ip="13.52.5.10"), cte="quoted-printable",
        text=("Hi Ren,\n\nWe need the workspace ID and the Atlassian account e-mail of the new owner to continue. "
              "This request is waiting on you.\n\nMateo\nAtlassian Support\n"))

    add(L("suspicious", False),
        "Fake Pearson VUE refund (pearsonvue-refunds.com) asking for card details by reply.",
        key="S5", date=dt("2025-11-25 13:10:00"), frm=("Pearson VUE", "refunds@pearsonvue-refunds.com"), to=P,
        subject="Refund pending for registration 418220931 - reply required",
        auth=auth_gmail("pearsonvue-refunds.com", dkim_domain="pearsonvue-refunds.com", mailfrom="refunds@pearsonvue-refunds.com", ip="194.26.29.77"),
        cte="quoted-printable",
        text=("Dear candidate,\n\nA refund of USD 150.00 is pending for your exam. Reply with the card number and expiry date "
              "used for payment so we can release it.\n\nPearson VUE Refunds Team\n"))

    # ------------------------------------------------------------------ case G
    add(L("acknowledgement", False, G),
        "Ack for a second merge (two accounts on the same personal e-mail); HTML-only, CRLF.",
        key="G1", date=dt("2025-11-26 09:10:55"), frm=("Amazon Web Services", FORM), to=P, crlf=True,
        subject="[CASE %s] %s" % (G, SUBJ_FORM), auth=gm_amz, cte="quoted-printable",
        html=("<html><body><p>Hello,</p><p>We have opened case %s for your request. You will hear from us, usually within 24 hours.</p>"
              "<p>Case ID: %s<br>Subject: account-assistance</p>"
              "<p>To avoid delays, please do not open a new case for the same request.</p></body></html>" % (G, G)))

    add(L("unrelated", False),
        "New employer colleague asks (in Japanese) to share the cert with the new APN profile; a request, but not support.",
        key="X24", date=dt("2025-11-26 21:45:00", "JST"), frm=("小林 彩", "a.kobayashi@sorano-cloud.jp"), to=[("高木 蓮", ME_P)],
        subject="APNへの認定共有のお願い", auth=auth_gmail("sorano-cloud.jp", mailfrom="a.kobayashi@sorano-cloud.jp", ip="209.85.220.41"),
        cte="base64",
        text=("高木さん\n\n入社手続きの件で連絡です。AWS認定をAPNのプロファイルに共有していただけますか。"
              "手順はポータルのFAQにあります。今月中だと助かります。\n\n小林\n"))

    add(L("confirmation_request", True, G, [NEW, OLD2]),
        "Chat-terse confirmation: 'Keep which one - AWS05518230 or AWS00741852?'",
        key="G2", date=dt("2025-11-26 16:02:11"), frm=("Amazon Web Services", FORM), to=P, reply_to_key="G1",
        subject="RE:[CASE %s] %s" % (G, SUBJ_FORM), auth=gm_amz, cte="7bit", charset="us-ascii",
        text="Both accounts are on %s. Keep which one - %s or %s?\n\nLena\n" % (ME_P, NEW, OLD2) + FORM_FOOTER)

    add(L("user_reply", False, G),
        "Owner's ambiguous answer ('the newer one') in Japanese-flavoured English.",
        key="G3", date=dt("2025-11-27 08:12:40", "JST"), frm=P, to=[("Amazon Web Services", FORM)], reply_to_key="G2",
        subject="Re: RE:[CASE %s] %s" % (G, SUBJ_FORM), sent=True, mid_domain="mail.gmail.com", cte="7bit", charset="us-ascii",
        text=("The newer one please, it has my all certs.\n\nRen\n\nOn Thu, Nov 27, 2025 at 1:02 AM Amazon Web Services <%s> wrote:\n"
              "> Both accounts are on %s. Keep which one - %s or\n> %s?\n" % (FORM, ME_P, NEW, OLD2)))

    add(L("confirmation_request", True, G, [NEW, OLD2]),
        "Stiff translated Japanese confirmation template with an HTML table; 〜のほどよろしくお願いいたします, no question mark.",
        key="G4", date=dt("2025-11-27 11:30:00", "JST"), frm=("アマゾン ウェブ サービス", FORM), to=P, reply_to_key="G3",
        subject="RE:[CASE %s] %s" % (G, SUBJ_FORM), auth=gm_amz, cte="base64",
        text=("高木 様\n\n誤りを防ぐため、下記の内容にてアカウント統合を行うことについて、明示的なご確認のほどよろしくお願いいたします。\n\n"
              "統合先(残すアカウント): Account #1 候補ID %s ログインメール %s\n"
              "統合元(廃止するアカウント): Account #2 候補ID %s ログインメール %s\n\n"
              "AWS トレーニングと認定 カスタマーサポート\n" % (NEW, ME_P, OLD2, ME_P)),
        html=("<html><body><p>高木 様</p><p>誤りを防ぐため、下記の内容にてアカウント統合を行うことについて、明示的なご確認のほどよろしくお願いいたします。</p>"
              "<table border=\"1\"><tr><th></th><th>候補ID</th><th>ログインメール</th></tr>"
              "<tr><td>Account #1(統合先)</td><td>%s</td><td>%s</td></tr>"
              "<tr><td>Account #2(統合元)</td><td>%s</td><td>%s</td></tr></table>"
              "<p>AWS トレーニングと認定 カスタマーサポート</p></body></html>" % (NEW, ME_P, OLD2, ME_P)))

    add(L("user_reply", False, G, [OLD2, NEW]),
        "Owner's Japanese confirmation.",
        key="G5", date=dt("2025-11-27 12:05:00", "JST"), frm=PJ, to=[("アマゾン ウェブ サービス", FORM)], reply_to_key="G4",
        subject="Re: RE:[CASE %s] %s" % (G, SUBJ_FORM), sent=True, mid_domain="mail.gmail.com", cte="base64",
        text=("確認しました。Account #2(%s)を Account #1(%s)に統合してください。\n\n高木\n" % (OLD2, NEW)))

    add(L("case_update", False, G),
        "'Noted.' one-word reply: merge in progress, nothing asked.",
        key="G6", date=dt("2025-11-27 03:30:10"), frm=("Amazon Web Services", FORM), to=P, reply_to_key="G5",
        subject="RE:[CASE %s] %s" % (G, SUBJ_FORM), auth=gm_amz, cte="7bit", charset="us-ascii",
        text="Noted. Merging now, will confirm when finished.\n\nLena\n" + FORM_FOOTER)

    add(L("certification", False),
        "Recertification congratulations (older SAA renewed by passing SAP).",
        key="X25", date=dt("2025-11-27 16:00:00"), frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=P,
        subject="Congratulations on recertifying your AWS Certification!", auth=auth_gmail("certmetrics.com", mailfrom="do-not-reply@certmetrics.com", ip="52.8.14.2"),
        cte="quoted-printable",
        text=("Hello Ren,\n\nBy earning AWS Certified Solutions Architect - Professional you have also recertified "
              "AWS Certified Solutions Architect - Associate. Its new expiration date is November 22, 2028.\n\nAWS Certification\n"))

    add(L("resolved", False, G),
        "Japanese short completion; 'ご返信は不要です' (no reply needed).",
        key="G7", date=dt("2025-11-28 10:10:00", "JST"), frm=("アマゾン ウェブ サービス", FORM), to=P, reply_to_key="G6",
        subject="RE:[CASE %s] %s" % (G, SUBJ_FORM), charset="iso-2022-jp", auth=gm_amz,
        text="高木 様\n\n統合が完了しました。本メールへのご返信は不要です。\n\nLena\n")

    add(L("survey", False, G),
        "Survey with 'reply with a number' mechanics (looks like a request).",
        key="G8", date=dt("2025-11-29 09:00:00"), frm=("AWS Training and Certification", "aws-tc-survey@amazon.com"), to=P,
        subject="Quick question about case %s" % G, auth=gm_amz, cte="7bit", charset="us-ascii",
        text=("Hi,\n\nOn a scale of 1-5, how easy was it to get your issue handled on case %s? Reply with a single number, "
              "or ignore this mail.\n\nAWS Training and Certification\n" % G))

    add(L("unrelated", False),
        "Colleague reply thanking for the forward (Gmail, Japanese).",
        key="X26", date=dt("2025-11-29 21:30:00", "JST"), frm=("山本 剛", "tsuyoshi.yamamoto.82@gmail.com"), to=[("高木 蓮", ME_P)],
        reply_to_key="A16", subject="Re: Fwd: RE:[CASE %s] %s" % (A, SUBJ_FORM),
        auth=auth_gmail("gmail.com", mailfrom="tsuyoshi.yamamoto.82@gmail.com", ip="209.85.220.41"), cte="base64",
        mid_domain="mail.gmail.com",
        text=("高木さん\n\nよかったです!鈴木さんにも伝えました。新天地でもがんばってください。\n\n山本\n\n"
              "2025年11月3日(月) 20:15 高木 蓮 <%s>:\n> 山本さん\n>\n> 無事に個人アカウントへ統合できました。\n" % ME_P))


def main():
    build()
    if "--table" in sys.argv:
        print("| # | kind | reply? | case | what it is / what makes it hard |")
        print("|---|---|---|---|---|")
        for i, (label, note, _, _d) in enumerate(MESSAGES, 1):
            print("| %03d | %s | %s | %s | %s |" % (i, label["kind"], "yes" if label["needs_reply"] else "no",
                                                 label["case"] or "-", note.replace("|", "/")))
        return
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    counts = Counter()
    for i, (label, note, data, _d) in enumerate(MESSAGES, 1):
        with open(os.path.join(OUT, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(data)
        with open(os.path.join(OUT, "%03d-msg.json" % i), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[label["kind"]] += 1
    for k, v in sorted(counts.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("total", len(MESSAGES)))
    print("needs_reply=true       %d" % sum(1 for l, _, _, _d in MESSAGES if l["needs_reply"]))


if __name__ == "__main__":
    main()
