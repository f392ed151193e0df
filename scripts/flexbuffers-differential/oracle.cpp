// Differential harness, C++ side: replays the scripts of FlexDiff.cs (one per line on stdin, the
// first tab-separated column) on Google's flexbuffers::Builder and prints the hex of each buffer.
// Built by ../flexbuffers-differential.sh against the flatbuffers headers TensorFlow 2.16 uses.
#include <cstdint>
#include <cstring>
#include <iostream>
#include <memory>
#include <sstream>
#include <stack>
#include <string>
#include <vector>

#include "flatbuffers/flexbuffers.h"

namespace {

std::vector<uint8_t> FromHex(const std::string &hex) {
  std::vector<uint8_t> out;
  for (size_t i = 0; i + 1 < hex.size(); i += 2)
    out.push_back(static_cast<uint8_t>(std::stoul(hex.substr(i, 2), nullptr, 16)));
  return out;
}

float FloatBits(const std::string &hex) {
  uint32_t u = static_cast<uint32_t>(std::stoul(hex, nullptr, 16));
  float f;
  std::memcpy(&f, &u, 4);
  return f;
}

double DoubleBits(const std::string &hex) {
  uint64_t u = std::stoull(hex, nullptr, 16);
  double d;
  std::memcpy(&d, &u, 8);
  return d;
}

std::vector<std::string> Split(const std::string &s, char sep) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(s);
  while (std::getline(in, part, sep)) parts.push_back(part);
  return parts;
}

template <typename T, typename Parse>
void Scalars(flexbuffers::Builder &b, const std::vector<std::string> &values, bool fixed, Parse parse) {
  // A plain array: std::vector<bool> has no data().
  std::unique_ptr<T[]> v(new T[values.size() + 1]);
  for (size_t i = 0; i < values.size(); i++) v[i] = static_cast<T>(parse(values[i]));
  if (fixed) b.FixedTypedVector(v.get(), values.size());
  else b.Vector(v.get(), values.size());
}

void ScalarVector(flexbuffers::Builder &b, const std::string &spec, bool fixed) {
  auto colon = spec.find(':');
  auto type = spec.substr(0, colon);
  auto list = spec.substr(colon + 1);
  auto v = list.empty() ? std::vector<std::string>() : Split(list, ',');
  auto sll = [](const std::string &x) { return std::stoll(x); };
  auto ull = [](const std::string &x) { return std::stoull(x); };
  if (type == "i8") Scalars<int8_t>(b, v, fixed, sll);
  else if (type == "i16") Scalars<int16_t>(b, v, fixed, sll);
  else if (type == "i32") Scalars<int32_t>(b, v, fixed, sll);
  else if (type == "i64") Scalars<int64_t>(b, v, fixed, sll);
  else if (type == "u8") Scalars<uint8_t>(b, v, fixed, ull);
  else if (type == "u16") Scalars<uint16_t>(b, v, fixed, ull);
  else if (type == "u32") Scalars<uint32_t>(b, v, fixed, ull);
  else if (type == "u64") Scalars<uint64_t>(b, v, fixed, ull);
  else if (type == "f32") Scalars<float>(b, v, fixed, FloatBits);
  else if (type == "f64") Scalars<double>(b, v, fixed, DoubleBits);
  else if (type == "bool") Scalars<bool>(b, v, fixed, [](const std::string &x) { return x == "1"; });
  else throw std::runtime_error("unknown scalar type " + type);
}

std::string Run(const std::string &script) {
  auto tokens = Split(script, ' ');
  flexbuffers::Builder b(256, static_cast<flexbuffers::BuilderFlag>(std::stoi(tokens[1])));
  std::stack<size_t> starts;
  for (size_t i = 2; i < tokens.size(); i++) {
    const std::string &t = tokens[i];
    std::string a = t.substr(1);
    switch (t[0]) {
      case 'n': b.Null(); break;
      case 'b': b.Bool(a == "1"); break;
      case 'i': b.Int(std::stoll(a)); break;
      case 'u': b.UInt(std::stoull(a)); break;
      case 'f': b.Float(FloatBits(a)); break;
      case 'd': b.Double(DoubleBits(a)); break;
      case 'I': b.IndirectInt(std::stoll(a)); break;
      case 'U': b.IndirectUInt(std::stoull(a)); break;
      case 'G': b.IndirectFloat(FloatBits(a)); break;
      case 'D': b.IndirectDouble(DoubleBits(a)); break;
      // Key and String copy len+1 bytes, the terminator included: std::string provides it.
      case 'k': { auto k = FromHex(a); std::string s(k.begin(), k.end()); b.Key(s.c_str(), s.size()); break; }
      case 's': { auto v = FromHex(a); std::string s(v.begin(), v.end()); b.String(s.c_str(), s.size()); break; }
      case 'B': { auto d = FromHex(a); b.Blob(d.data(), d.size()); break; }
      case '[': starts.push(b.StartVector()); break;
      case '{': starts.push(b.StartMap()); break;
      case ']': b.EndVector(starts.top(), a != "u", a == "f"); starts.pop(); break;
      case '}': b.EndMap(starts.top()); starts.pop(); break;
      case 'R': b.ReuseValue(b.LastValue()); break;
      case 'W': b.ForceMinimumBitWidth(static_cast<flexbuffers::BitWidth>(std::stoi(a))); break;
      case 'S': ScalarVector(b, a, false); break;
      case 'X': ScalarVector(b, a, true); break;
      default: throw std::runtime_error("unknown op " + t);
    }
  }
  b.Finish();
  static const char *digits = "0123456789ABCDEF";
  std::string hex;
  for (uint8_t byte : b.GetBuffer()) { hex += digits[byte >> 4]; hex += digits[byte & 15]; }
  return hex;
}

}  // namespace

int main() {
  std::string line;
  while (std::getline(std::cin, line)) std::cout << Run(Split(line, '\t')[0]) << '\n';
  return 0;
}
